declare module 'virtual:questionnaires' {
  import type { ProfileDefinition, Questionnaire } from './core/definition/questionnaire';
  import type { Bilingual } from './core/common/text';

  export interface CatalogEntry {
    id: string;
    version: string;
    title: Bilingual;
    description: Bilingual;
    minutes: number;
    portfolioAxis?: 'x' | 'y';
    dimensionCount: number;
    /** Scored questions in all (the most anyone is asked). */
    questionCount: number;
    /** Scored questions without a condition: asked of everyone. */
    askedAlways: number;
    load(): Promise<Questionnaire>;
  }
  export const profileDefinition: ProfileDefinition;
  export const catalog: CatalogEntry[];
  /**
   * The shipped definitions (the profile and the listed questionnaires), validated when this
   * version was built, by content hash (core/packing).
   */
  export const shippedDefinitions: Record<string, () => Promise<Questionnaire | ProfileDefinition>>;
  /** Names this version's checks of definitions (src/core and zod): see storage/validated.ts. */
  export const validationId: string;
}

declare module 'virtual:pwa-register' {
  export function registerSW(options?: {
    immediate?: boolean;
    onNeedRefresh?: () => void;
    onOfflineReady?: () => void;
  }): (reloadPage?: boolean) => Promise<void>;
}

declare module 'virtual:licences' {
  /** The licence notices of the third-party software in the app (scripts/vite-plugin-licences.ts). */
  const text: string;
  export default text;
}
