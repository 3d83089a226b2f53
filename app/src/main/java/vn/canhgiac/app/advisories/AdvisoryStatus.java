package vn.canhgiac.app.advisories;

/**
 * Where an advisory is in its life: draft → review → published → withdrawn.
 */
public enum AdvisoryStatus {

	DRAFT, REVIEW, PUBLISHED, WITHDRAWN

}
