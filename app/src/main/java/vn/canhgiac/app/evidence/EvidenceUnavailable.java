package vn.canhgiac.app.evidence;

/**
 * The evidence store did not answer (an outage, or slower than its timeouts): an upload
 * was not kept (and no record of it was written), or a stored object cannot be read just
 * now. Web pages answer 503 with the message; nothing stored is lost.
 */
public class EvidenceUnavailable extends EvidenceRejected {

	EvidenceUnavailable() {
		super("Kho lưu trữ bằng chứng đang không phản hồi nên chưa có gì được lưu hay đọc. Hãy thử lại sau ít phút; "
				+ "nếu khẩn cấp, hãy gọi 113.",
				"The evidence store is not responding, so nothing was saved or read. Try again in a few minutes; "
						+ "in an emergency, call 113.");
	}

}
