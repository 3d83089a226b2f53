package vn.canhgiac.app.advisories.web;

/**
 * A unit in the audience picker, indented by depth.
 */
public record UnitOption(long id, String label) {

}
