package vn.canhgiac.app.directory;

/**
 * What an organisation unit is. No fixed number of levels is assumed: Vietnam abolished
 * districts in July 2025 and any unit may sit under any other.
 */
public enum UnitKind {

	PROVINCE, COMMUNE, WARD, AGENCY, DEPARTMENT, POLICE;

	/**
	 * Communes and wards are what police stations serve and where victims are routed
	 * from.
	 */
	public boolean isCommuneLevel() {
		return this == COMMUNE || this == WARD;
	}

}
