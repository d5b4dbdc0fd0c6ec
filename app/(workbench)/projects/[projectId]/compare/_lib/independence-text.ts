// The independence summary in words: how many originating asserters stand behind how many
// documents, and how many documents merely repeat an origin another document already carries.

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function independenceText(s: { independentOrigins: number; documents: number; repeatingDocuments: number }): string {
  const origins = plural(s.independentOrigins, "independent originating asserter", "independent originating asserters");
  const documents = plural(s.documents, "document", "documents");
  const repeat = s.repeatingDocuments === 1 ? "1 document merely repeats an origin" : `${s.repeatingDocuments} documents merely repeat an origin`;
  return `${origins} behind ${documents}; ${repeat}`;
}
