/**
 * A configuration framework refusing a setting by its name: the setting's name may hold credential words
 * (`hive.s3.aws-access-key`), but what failed is the configuration file, before any credential was sent to AWS.
 *
 * Airlift's bootstrap (Trino, Presto) rejects every property no module bound: "Configuration property '%s=%s' was not
 * used" (airlift/airlift bootstrap/src/main/java/io/airlift/bootstrap/Bootstrap.java @ 9d133bac5023), later printed
 * without the value ("Configuration property '%s' was not used"). Trino dropped its legacy `hive.s3.*` properties, so a
 * catalog file written for an older release fails this way (bitsondatadev/trino-getting-started#58, batch 15).
 */
export const UNUSED_PROPERTY = /\bConfiguration property '[^'\n]{1,200}' was not used\b/;
