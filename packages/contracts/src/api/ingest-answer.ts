/**
 * `POST /v1/batch` (and Segment's single-message routes) once every message is stored durably;
 * a refused batch gets an ErrorAnswer and stores nothing.
 */
export interface IngestAnswer {
  ok: true;
}
