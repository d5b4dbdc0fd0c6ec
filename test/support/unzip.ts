// Reads every entry of a zip held in memory (tests of the data package export and of captures): the
// same reader the artifact verification uses.
export { unzipEntries as unzip } from "@/lib/capture/verify/unzip-entries";
