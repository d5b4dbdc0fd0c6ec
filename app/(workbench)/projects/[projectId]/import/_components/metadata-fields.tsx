// What is known about the source, beside its text. Title and language are controlled so that a
// chosen file can fill them in (from its name, or the HTML page's <title> and lang).
import { TextField } from "@/app/_components/fields";
import type { FieldErrors } from "@/app/_lib/form-state";

export const OPTIONAL_FIELDS = ["sourceUrl", "publisher", "author", "publishedAt", "language"] as const;

interface Props {
  errors: FieldErrors;
  title: string;
  onTitle: (value: string) => void;
  language: string;
  onLanguage: (value: string) => void;
}

export function MetadataFields({ errors, title, onTitle, language, onLanguage }: Props) {
  return (
    <>
      <TextField
        idPrefix="imp"
        name="title"
        label="Title"
        required
        maxLength={500}
        dir="auto"
        value={title}
        onChange={(e) => onTitle(e.target.value)}
        error={errors.title}
      />
      <div className="field-row">
        <TextField idPrefix="imp" name="sourceUrl" label="Source URL" type="url" optional placeholder="https://" error={errors.sourceUrl} />
        <TextField idPrefix="imp" name="publisher" label="Publisher" optional error={errors.publisher} />
        <TextField idPrefix="imp" name="author" label="Author" optional error={errors.author} />
      </div>
      <div className="field-row">
        <TextField
          idPrefix="imp"
          name="publishedAt"
          label="Published"
          optional
          placeholder="1988-07-19"
          hint="1988, 1988-07 or 1988-07-19"
          error={errors.publishedAt}
        />
        <TextField
          idPrefix="imp"
          name="language"
          label="Language"
          optional
          placeholder="en, fa, ar"
          hint="A language tag such as en, fa or ar"
          list="imp-language-tags"
          value={language}
          onChange={(e) => onLanguage(e.target.value)}
          error={errors.language}
        />
        <datalist id="imp-language-tags">
          {["en", "fa", "ar", "ckb", "ku", "az", "fr", "de"].map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
      </div>
    </>
  );
}
