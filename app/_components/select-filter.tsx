// One labelled <select> of a GET filter form: an "any" choice, then the options. The filter forms
// of the claims list, the compare view and the review queue are built from it.
export interface FilterOption {
  value: string;
  label: string;
}

interface Props {
  id: string;
  name: string;
  label: string;
  options: readonly FilterOption[];
  defaultValue?: string;
  /** The label of the empty choice; omit when a value is always required. */
  any?: string;
  className?: string;
}

export function SelectFilter({ id, name, label, options, defaultValue, any, className = "field" }: Props) {
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={defaultValue ?? ""}>
        {any !== undefined ? <option value="">{any}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
