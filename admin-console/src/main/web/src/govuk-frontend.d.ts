/** The part of govuk-frontend's JavaScript API the console uses (the package ships no type declarations). */
declare module 'govuk-frontend' {
  interface ComponentClass {
    new (root: Element, config?: unknown): unknown;
    moduleName: string;
  }
  export const Button: ComponentClass;
  export const Checkboxes: ComponentClass;
  export const ErrorSummary: ComponentClass;
  export const NotificationBanner: ComponentClass;
  export const ServiceNavigation: ComponentClass;
  export const Tabs: ComponentClass;
  export function createAll(component: ComponentClass, config?: unknown,
    options?: { scope?: Element | Document; onError?: (error: unknown) => void }): unknown[];
}
