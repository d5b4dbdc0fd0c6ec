import { CLAIM_COLUMNS, SPAN_COLUMNS, DOCUMENT_COLUMNS, QUOTE_COLUMNS, FIELDS_JSON_COLUMN } from "../../../lib/exports/export-columns";
for (const c of [...CLAIM_COLUMNS, ...SPAN_COLUMNS, ...DOCUMENT_COLUMNS, ...QUOTE_COLUMNS]) console.log(`| \`${c.name}\` | ${c.type} | ${c.description} |`);
console.log(`| *fields* | | see below |`);
console.log(`| \`${FIELDS_JSON_COLUMN.name}\` | ${FIELDS_JSON_COLUMN.type} | ${FIELDS_JSON_COLUMN.description} |`);
