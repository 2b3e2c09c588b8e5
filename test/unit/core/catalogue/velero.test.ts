import { checkFamily } from './check-quotes';
import { diagnose } from '../../../../src/core/diagnose';

const BSL = 'vmware-tanzu/velero pkg/controller/backup_storage_location_controller.go @ d30d389b5';
const REPO = 'vmware-tanzu/velero pkg/repository/config/aws.go @ d30d389b5';

checkFamily('velero', [
  {
    id: 'velero.bsl-unavailable',
    from: BSL,
    // Evidence only: the plugin's wrapped error (an S3 answer here) decides the cause; the line names the tool.
    text: 'time="2026-11-02T09:14:07Z" level=error msg="Current BackupStorageLocations available/unavailable/unknown: 0/1/0, BackupStorageLocation \\"default\\" is unavailable: rpc error: code = Unknown desc = operation error S3: ListObjectsV2, https response error StatusCode: 403, RequestID: 4M1XKQ2Q, HostID: abc, api error AccessDenied: Access Denied)" controller=backup-storage-location',
    code: 'AccessDenied',
    top: 'authorization-not-authentication',
  },
  {
    id: 'velero.repo-profile',
    from: REPO,
    text: 'time="2026-11-02T09:14:07Z" level=error msg="error to connect backup repo: error loading config profile \'backup\': failed to get shared config profile, backup" logSource="pkg/repository/provider/unified_repo.go:120"',
  },
]);

describe('velero.repo-profile without Velero or AWS near it', () => {
  it("when another program cannot load its own profile file (an app's dev.toml), then no credential failure is detected", () => {
    const text = "error loading config profile 'dev': open /home/u/.config/app/dev.toml: no such file or directory";
    expect(diagnose(text).detected).toBe(false);
  });
});
