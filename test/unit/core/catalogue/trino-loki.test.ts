import { checkFamily } from './check-quotes';

const TRINO = 'trinodb/trino lib/trino-filesystem-s3/src/main/java/io/trino/filesystem/s3/S3SecurityMappingProvider.java @ 90ea7936ffbc';

checkFamily('query-engines', [
  {
    id: 'trino.no-s3-mapping',
    from: TRINO,
    text: 'trino> SELECT count(*) FROM hive.sales.orders;\nQuery 20240301_101500_00012_abcde failed: Access Denied: No matching S3 security mapping',
  },
  {
    id: 'trino.s3-role-selection',
    from: TRINO,
    text: 'io.trino.spi.security.AccessDeniedException: Access Denied: No S3 role selected and mapping has no default role\n\tat io.trino.filesystem.s3.S3SecurityMappingProvider.selectRole(S3SecurityMappingProvider.java:83)',
  },
]);

checkFamily('log-stores', [
  {
    // The secret given as ${AWS_SECRET_ACCESS_KEY} without -config.expand-env=true.
    id: 'loki.half-keys',
    from: 'grafana/loki pkg/storage/chunk/client/aws/s3_storage_client.go @ fb909cb4915a',
    text: 'level=error ts=2024-03-01T10:00:00.000Z caller=log.go:230 msg="error running loki" err="failed to init module services: error initialising module: store: failed to create s3 object client: must supply both an Access Key ID and Secret Access Key or neither"',
  },
]);
