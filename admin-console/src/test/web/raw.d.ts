/** Vite's `?raw` imports: a file's text (the tests read the system tests' access matrix this way). */
declare module '*?raw' {
  const text: string;
  export default text;
}
