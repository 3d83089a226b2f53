package vn.canhgiac.app.directory;

import org.jspecify.annotations.Nullable;

/**
 * A unit of the organisation tree (province, commune, agency, department, police unit).
 */
public record OrgUnit(long id, @Nullable Long parentId, String code, String name, UnitKind kind) {

}
