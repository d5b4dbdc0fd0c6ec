// A claim's evidence as one JSON array in SQL, in the claim's order: each piece's annotation, its
// quote and its source. Shared by the compare API's rows and the compare page's shown rows, so the
// two answers are built by the same words.

/** The subquery giving the evidence of the Claim row aliased `claim`: [{annotationId, documentId, exact, document}]. */
export function evidenceJsonSql(claim: string): string {
  return `(
    SELECT coalesce(json_agg(json_build_object(
      'annotationId', ev."annotationId", 'documentId', ev."documentId", 'exact', a.exact,
      'document', CASE WHEN d.id IS NULL THEN NULL ELSE json_build_object('id', d.id, 'title', d.title, 'publisher', d.publisher, 'lineageId', d."lineageId") END
    ) ORDER BY ev.position), '[]')
    FROM "ClaimEvidence" ev
      LEFT JOIN "Annotation" a ON a."projectId" = ev."projectId" AND a.id = ev."annotationId"
      LEFT JOIN "Document" d ON d."projectId" = ev."projectId" AND d.id = ev."documentId"
    WHERE ev."projectId" = ${claim}."projectId" AND ev."claimId" = ${claim}.id)`;
}
