// How long an issued document lives: verification and download stay possible this long after its validity
// end, then its items count as absent and storage deletes the PDF.
export const KEPT_AFTER_VALIDITY_DAYS = 30;
