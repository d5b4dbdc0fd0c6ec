// The demo accounts, one per project role, created on first start.
import type { Role } from "../lib/db/generated/enums";

export const DEMO_PASSWORD = "demo-password-1988";

export const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: "owner@demo.example", name: "Olive Owner", role: "owner" },
  { email: "reviewer@demo.example", name: "Reza Reviewer", role: "reviewer" },
  { email: "annotator@demo.example", name: "Anna Annotator", role: "annotator" },
  { email: "viewer@demo.example", name: "Vida Viewer", role: "viewer" },
];

export const DEMO_PROJECT = {
  id: "prj_demo_1988",
  name: "1988 mass execution of political prisoners in Iran",
  description:
    "Demo project: five advocacy articles about the 1988 mass execution of political prisoners in Iran, as captured. Every figure in them is somebody's claim.",
};
