package vn.canhgiac.app.cases;

/**
 * No such case, or not one the viewer may see: the two are answered alike so that case
 * ids cannot be probed.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class CaseNotFound extends RuntimeException {

	public CaseNotFound() {
		super("no such case");
	}

}
