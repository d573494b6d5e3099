import journeySchemaJson from '../journey.schema.json';
import scenarioSchemaJson from '../scenario.schema.json';

/** The journey format's JSON Schema (2020-12): the single source of truth for the format. */
export const journeySchema: Readonly<Record<string, unknown>> = journeySchemaJson;
/** The JSON Schema of scenario files run by `fingerpost test`. */
export const scenarioSchema: Readonly<Record<string, unknown>> = scenarioSchemaJson;
/** The `$id` of the journey schema; it names the format's version. */
export const JOURNEY_SCHEMA_ID: string = journeySchemaJson.$id;
