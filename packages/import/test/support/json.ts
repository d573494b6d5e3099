/**
 * Source forms and journeys as the tests walk them: untyped JSON, indexed freely. (The importer
 * itself takes `unknown` and checks every value it reads.)
 */
// biome-ignore lint/suspicious/noExplicitAny: fixtures are untyped JSON that the tests index freely
export type Json = any;
