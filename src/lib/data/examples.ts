/**
 * Examples the data check quotes in its advice. They are this regency's own
 * (Luwu Utara, "Lutra") and are kept here, in one place, until they come from
 * the data folder; each message takes them as a `{placeholder}`.
 */
export const EXAMPLE = {
  /** A short name written in quotes inside a cell. */
  shortName: "Lutra",
  /** Text holding a comma, which must be quoted in a CSV cell. */
  places: "Bone-Bone, Masamba",
  kecamatanCode: "73.22.07",
  regencyCode: "73.22",
  /** The form of every kecamatan code of the regency. */
  kecamatanCodeForm: "73.22.xx",
  /** A narrative text's file name and title. */
  contentName: "seko",
  contentTitle: "Seko",
} as const;
