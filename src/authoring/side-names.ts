/** A side's short name as running text writes it: "the BMA", "the Government", but "Network Rail" (`takesThe`). */
export interface SideNames {
  readonly shortName: string;
  readonly takesThe: boolean;
}

export const inText = (names: SideNames): string => `${names.takesThe ? 'the ' : ''}${names.shortName}`;

/** A side's names in a form that travels (plain data, for the balance report and its worker). */
export const sideNames = ({ shortName, takesThe }: SideNames): SideNames => ({ shortName, takesThe });
