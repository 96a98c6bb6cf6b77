/** Something the importer tells the editor, at a line of the source. */
export interface Finding {
  line: number;
  message: string;
}
