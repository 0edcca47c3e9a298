/** A select's options, in order. */
export function OptionList({ options }: { options: { value: string | number; label: string }[] }) {
  return options.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));
}
