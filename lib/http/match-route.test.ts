import { describe, expect, it } from "vitest";
import { allowedMethods, matchRoute } from "./match-route";

const table = [
  { path: "/projects", methods: ["GET", "POST"] },
  { path: "/projects/{projectId}", methods: ["GET", "PATCH"] },
  { path: "/projects/{projectId}/releases", methods: ["GET", "POST"] },
  { path: "/projects/{projectId}/releases/compare", methods: ["GET"] },
  { path: "/releases/{releaseId}", methods: ["GET"] },
  { path: "/projects/{projectId}/{anything}", methods: ["DELETE"] },
];

describe("matchRoute", () => {
  it("finds the route a path reaches, a literal segment winning over a parameter as in Next", () => {
    expect(matchRoute(table, "/projects")?.path).toBe("/projects");
    expect(matchRoute(table, "/projects/prj_1")?.path).toBe("/projects/{projectId}");
    expect(matchRoute(table, "/projects/prj_1/releases")?.path).toBe("/projects/{projectId}/releases");
    expect(matchRoute(table, "/projects/prj_1/other")?.path).toBe("/projects/{projectId}/{anything}");
    expect(matchRoute(table, "/projects/prj_1/releases/compare")?.path).toBe("/projects/{projectId}/releases/compare");
  });

  it("finds nothing for a path no route has", () => {
    expect(matchRoute(table, "/nothing")).toBeUndefined();
    expect(matchRoute(table, "/projects/prj_1/releases/compare/more")).toBeUndefined();
  });
});

describe("allowedMethods", () => {
  it("adds HEAD where GET is, and OPTIONS always, as Next answers them", () => {
    expect(allowedMethods({ path: "/projects", methods: ["POST", "GET"] })).toEqual(["GET", "HEAD", "OPTIONS", "POST"]);
    expect(allowedMethods({ path: "/x", methods: ["DELETE"] })).toEqual(["DELETE", "OPTIONS"]);
  });
});
