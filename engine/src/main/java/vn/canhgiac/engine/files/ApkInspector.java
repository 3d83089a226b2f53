package vn.canhgiac.engine.files;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Android packages. Fake "government service", "tax refund" and "VNeID" apps spread by
 * scammers ask for SMS (to steal OTPs), accessibility (to drive the banking app) and
 * overlay (to draw fake login screens) rights.
 */
final class ApkInspector {

	private static final long MAX_MANIFEST_BYTES = 4L * 1024 * 1024;

	private static final Map<String, String> DANGEROUS_PERMISSIONS = Map.of("android.permission.SEND_SMS",
			"gửi SMS / send SMS", "android.permission.READ_SMS", "đọc SMS (lấy mã OTP) / read SMS (OTP theft)",
			"android.permission.RECEIVE_SMS", "nhận SMS / intercept SMS",
			"android.permission.BIND_ACCESSIBILITY_SERVICE",
			"điều khiển máy qua trợ năng / control the phone through accessibility",
			"android.permission.SYSTEM_ALERT_WINDOW", "vẽ đè màn hình giả / draw over other apps",
			"android.permission.REQUEST_INSTALL_PACKAGES", "cài thêm ứng dụng / install other apps",
			"android.permission.BIND_DEVICE_ADMIN", "quyền quản trị thiết bị / device administrator",
			"android.permission.BIND_NOTIFICATION_LISTENER_SERVICE",
			"đọc mọi thông báo (lấy OTP) / read all notifications (OTP theft)");

	private ApkInspector() {
	}

	static void inspect(byte[] bytes, Inspection inspection) {
		ZipDirectory directory = ArchiveInspector.guarded(bytes, inspection);
		Optional<ZipEntryInfo> manifest = directory.find("AndroidManifest.xml");
		Findings findings = inspection.findings;
		if (manifest.isEmpty() || manifest.get().uncompressedSize() > MAX_MANIFEST_BYTES
				|| manifest.get().encrypted()) {
			findings.notes.add("The APK manifest could not be read; permissions were not checked.");
			return;
		}
		inspection.inflate(manifest.get().uncompressedSize());
		Optional<List<String>> strings = AndroidManifest.strings(directory.inflate(manifest.get()));
		if (strings.isEmpty()) {
			findings.notes.add("The APK manifest could not be read; permissions were not checked.");
			return;
		}
		TreeSet<String> found = new TreeSet<>();
		for (String value : strings.get()) {
			if (DANGEROUS_PERMISSIONS.containsKey(value)) {
				found.add(value);
			}
		}
		if (!found.isEmpty()) {
			StringBuilder rights = new StringBuilder();
			found.forEach((permission) -> rights.append(rights.isEmpty() ? "" : "; ")
				.append(permission.substring("android.permission.".length()))
				.append(" (")
				.append(DANGEROUS_PERMISSIONS.get(permission))
				.append(')'));
			findings.add("malware", "apk_dangerous_permissions", 0.95,
					"Ứng dụng xin các quyền nguy hiểm thường dùng để chiếm đoạt tài khoản: " + rights + ".",
					"The app asks for dangerous rights typical of account-stealing malware: " + rights + ".");
		}
	}

}
