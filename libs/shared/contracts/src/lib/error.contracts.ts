/** A text shown to a person, always in French and English. */
export interface LocalizedText {
  fr: string;
  en: string;
}

/** One field's problem in a refused request, tied to the form field of the same name. */
export interface FieldError {
  /** Dotted path of the field in the request body, e.g. `email` or `features.0.geometry`. */
  field: string;
  /** Stable machine code, e.g. `isEmail`, `maxLength`. */
  code: string;
  message: LocalizedText;
}

/** Body of every 4xx/5xx answer of the API. */
export interface ApiError {
  statusCode: number;
  /** Stable machine code, e.g. `VALIDATION_FAILED`, `EMAIL_TAKEN`, `CSRF_TOKEN_MISSING`. */
  code: string;
  message: LocalizedText;
  fields?: FieldError[];
}

/** A page of results. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
