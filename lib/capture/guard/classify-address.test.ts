import { describe, expect, it } from "vitest";
import { parseCaptureAllowlist } from "./capture-allowlist";
import { checkCaptureUrl } from "./check-capture-url";
import { classifyAddress } from "./classify-address";
import { parseIpv4Loose } from "./parse-ip";

describe("classifyAddress", () => {
  it.each([
    ["127.0.0.1", "loopback"], ["127.255.255.254", "loopback"], ["0.0.0.0", "unspecified"],
    ["10.1.2.3", "private"], ["172.16.0.1", "private"], ["172.31.255.255", "private"], ["192.168.0.1", "private"],
    ["169.254.169.254", "link-local"], ["100.64.0.1", "cgnat"], ["100.127.255.255", "cgnat"],
    ["224.0.0.1", "multicast"], ["239.255.255.250", "multicast"], ["255.255.255.255", "broadcast"],
    ["240.0.0.1", "reserved"], ["192.0.0.8", "reserved"], ["192.0.2.1", "documentation"], ["198.18.0.1", "benchmarking"],
    ["::1", "loopback"], ["::", "unspecified"], ["0:0:0:0:0:0:0:1", "loopback"], ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"], ["fc00::1", "unique-local"], ["fd12:3456::1", "unique-local"], ["ff02::1", "multicast"],
    ["fec0::1", "site-local"], ["2001:db8::1", "documentation"], ["2001:0:4136:e378::1", "reserved"], ["100::1", "reserved"],
    ["::ffff:127.0.0.1", "loopback"], ["::ffff:7f00:1", "loopback"], ["::ffff:10.0.0.1", "private"],
    ["::ffff:a9fe:a9fe", "link-local"], ["::127.0.0.1", "loopback"], ["64:ff9b::7f00:1", "loopback"],
    ["64:ff9b::a00:1", "private"], ["2002:7f00:1::", "loopback"], ["2002:c0a8:101::1", "private"],
    ["[::1]", "loopback"], ["not an address", "invalid"],
    // Public addresses stay reachable, including their mapped and 6to4 forms.
    ["93.184.216.34", "public"], ["8.8.8.8", "public"], ["172.32.0.1", "public"], ["100.128.0.1", "public"],
    ["2606:4700::6810:85e5", "public"], ["::ffff:8.8.8.8", "public"], ["2002:808:808::1", "public"],
  ])("%s is %s", (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  it("reads IPv4 in every inet_aton notation", () => {
    expect(parseIpv4Loose("2130706433")).toEqual([127, 0, 0, 1]);
    expect(parseIpv4Loose("0x7f000001")).toEqual([127, 0, 0, 1]);
    expect(parseIpv4Loose("0177.0.0.01")).toEqual([127, 0, 0, 1]);
    expect(parseIpv4Loose("127.1")).toEqual([127, 0, 0, 1]);
    expect(parseIpv4Loose("0x7f.0x0.0.1")).toEqual([127, 0, 0, 1]);
    expect(parseIpv4Loose("10.0.258")).toEqual([10, 0, 1, 2]);
    expect(parseIpv4Loose("256.0.0.1")).toBeNull();
    expect(parseIpv4Loose("example.com")).toBeNull();
    expect(classifyAddress("0x7f.1")).toBe("loopback");
    expect(classifyAddress("017700000001")).toBe("loopback");
  });
});

describe("checkCaptureUrl", () => {
  const none = parseCaptureAllowlist("");

  it.each([
    "http://127.0.0.1/", "http://2130706433/", "http://0x7f000001/", "http://0177.0.0.1/", "http://127.1/",
    "http://0x7f.0.0.1/", "http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/",
    "http://169.254.169.254/latest/meta-data/", "http://[fd00::1]/", "http://10.0.0.1:8080/", "http://0/",
    "https://192.168.1.1/", "http://100.64.1.1/", "http://[fe80::1]/", "http://224.0.0.1/", "http://0251.0376.0251.0376/",
  ])("refuses %s in any notation", (url) => {
    expect(() => checkCaptureUrl(url, none)).toThrow(expect.objectContaining({ code: "address_not_allowed" }));
  });

  it.each(["file:///etc/passwd", "ftp://example.org/", "gopher://example.org/", "javascript:alert(1)", "data:text/html,hi", "ws://example.org/"])(
    "refuses the scheme of %s",
    (url) => {
      expect(() => checkCaptureUrl(url, none)).toThrow(expect.objectContaining({ code: "scheme_not_allowed" }));
    },
  );

  it("refuses what is not a URL or carries credentials, and passes public ones", () => {
    expect(() => checkCaptureUrl("not a url", none)).toThrow(expect.objectContaining({ code: "bad_url" }));
    expect(() => checkCaptureUrl("https://user:pw@example.org/", none)).toThrow(expect.objectContaining({ code: "bad_url" }));
    expect(checkCaptureUrl(" https://example.org/a?b=1 ", none).href).toBe("https://example.org/a?b=1");
    expect(checkCaptureUrl("http://93.184.216.34/", none).hostname).toBe("93.184.216.34");
  });

  it("lets the allowlist open exactly its host:port, in any spelling of the address", () => {
    const list = parseCaptureAllowlist(" 127.0.0.1:8080 , [::1]:9000, archive.internal:443");
    expect(checkCaptureUrl("http://127.0.0.1:8080/", list).port).toBe("8080");
    expect(checkCaptureUrl("http://2130706433:8080/", list).hostname).toBe("127.0.0.1");
    expect(checkCaptureUrl("http://[0:0::1]:9000/", list).hostname).toBe("[::1]");
    expect(() => checkCaptureUrl("http://127.0.0.1:8081/", list)).toThrow(expect.objectContaining({ code: "address_not_allowed" }));
    expect(() => checkCaptureUrl("http://127.0.0.1/", list)).toThrow(expect.objectContaining({ code: "address_not_allowed" }));
  });
});
