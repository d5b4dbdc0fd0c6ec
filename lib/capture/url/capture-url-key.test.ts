import { describe, expect, it } from "vitest";
import { captureUrlKey } from "./capture-url-key";

describe("captureUrlKey", () => {
  const key = "mek-iran.com/2018/12/28/abject-failure?p=12";
  it.each([
    "https://www.mek-iran.com/2018/12/28/abject-failure/?p=12",
    "http://mek-iran.com/2018/12/28/abject-failure?p=12#comments",
    "https://MEK-Iran.com:443/2018/12/28/abject-failure?utm_source=twitter&p=12&utm_medium=social",
    "https://mek-iran.com/2018/12/28/abject-failure?fbclid=IwAR0x&p=12&gclid=abc",
    "https://mek-iran.com./2018/12/28/abject-failure?p=12&mc_cid=1&mc_eid=2",
  ])("%s is the same page", (url) => {
    expect(captureUrlKey(url)).toBe(key);
  });

  it.each([
    "https://mek-iran.com/2018/12/28/abject-failure?p=13",
    "https://mek-iran.com/2018/12/28/abject-failure-2?p=12",
    "https://other.example/2018/12/28/abject-failure?p=12",
    "https://mek-iran.com:8443/2018/12/28/abject-failure?p=12",
  ])("%s is another page", (url) => {
    expect(captureUrlKey(url)).not.toBe(key);
  });

  it("keeps meaningful parameters in a stable order and refuses non-web URLs", () => {
    expect(captureUrlKey("https://a.example/search?q=1988&page=2")).toBe(captureUrlKey("https://a.example/search?page=2&q=1988"));
    expect(captureUrlKey("urn:x-doc:1")).toBeNull();
    expect(captureUrlKey("nonsense")).toBeNull();
  });
});
