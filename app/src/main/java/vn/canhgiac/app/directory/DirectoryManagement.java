package vn.canhgiac.app.directory;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's API: the unit tree, people, stations, and who may administer what.
 */
@Service
public class DirectoryManagement {

	private final Units units;

	private final People people;

	private final PoliceStations stations;

	DirectoryManagement(Units units, People people, PoliceStations stations) {
		this.units = units;
		this.people = people;
		this.stations = stations;
	}

	public List<OrgUnit> units() {
		return this.units.all();
	}

	public Optional<OrgUnit> unit(long id) {
		return this.units.byId(id);
	}

	public Optional<OrgUnit> unitByCode(String code) {
		return this.units.byCode(code);
	}

	/** The unit and its ancestors up to the root, nearest first. */
	public List<OrgUnit> ancestry(long unitId) {
		return this.units.ancestry(unitId);
	}

	public Set<Long> subtree(long unitId) {
		return new HashSet<>(this.units.subtreeIds(unitId));
	}

	public Map<Long, Long> activePeopleByUnit() {
		return this.people.countsByUnit();
	}

	public List<Person> peopleIn(long unitId) {
		return this.people.inUnit(unitId);
	}

	public Optional<Person> person(long id) {
		return this.people.byId(id);
	}

	/** The active person with this work e-mail address, if any. */
	public Optional<Person> personByEmail(String email) {
		return this.people.byEmail(email.strip());
	}

	public List<PoliceStation> stations() {
		return this.stations.all();
	}

	/**
	 * The station a person in {@code unitId} should go to: the one serving the nearest
	 * commune or ward above the unit.
	 */
	public Optional<PoliceStation> stationFor(long unitId) {
		for (OrgUnit unit : this.units.ancestry(unitId)) {
			if (unit.kind().isCommuneLevel()) {
				Optional<PoliceStation> station = this.stations.servingCommune(unit.id());
				if (station.isPresent()) {
					return station;
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The station closest to a point (great-circle distance), for a member of the public
	 * who lets the page use their location. The point is not stored.
	 */
	public Optional<PoliceStation> nearestStation(double latitude, double longitude) {
		if (!Double.isFinite(latitude) || !Double.isFinite(longitude) || Math.abs(latitude) > 90
				|| Math.abs(longitude) > 180) {
			return Optional.empty();
		}
		return this.stations.all()
			.stream()
			.filter((s) -> s.latitude() != null && s.longitude() != null)
			.min(java.util.Comparator
				.comparingDouble((s) -> haversineKm(latitude, longitude, s.latitude(), s.longitude())));
	}

	static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
		return 6371.0 * 2 * Math.asin(Math.min(1, Math.sqrt(a)));
	}

	/** Communes and wards, by name, for "where do you live" lists. */
	public List<OrgUnit> communes() {
		return this.units.all()
			.stream()
			.filter((u) -> u.kind().isCommuneLevel())
			.sorted(java.util.Comparator.comparing(OrgUnit::name))
			.toList();
	}

	/**
	 * Police administrators administer the whole directory; unit administrators their own
	 * unit and everything below it.
	 */
	public boolean mayAdminister(AuthenticatedPerson admin, long unitId) {
		if (admin.hasRole("POLICE_ADMIN")) {
			return true;
		}
		Long own = admin.unitId();
		return admin.hasRole("UNIT_ADMIN") && own != null && this.units.subtreeIds(own).contains(unitId);
	}

	/** The units an administrator may see in the admin pages. */
	public List<OrgUnit> administeredUnits(AuthenticatedPerson admin) {
		if (admin.hasRole("POLICE_ADMIN")) {
			return this.units.all();
		}
		Long own = admin.unitId();
		if (own == null || !admin.hasRole("UNIT_ADMIN")) {
			return List.of();
		}
		Set<Long> allowed = subtree(own);
		return this.units.all().stream().filter((u) -> allowed.contains(u.id())).toList();
	}

	@Transactional
	public long createUnit(@Nullable Long parentId, String code, String name, UnitKind kind) {
		return this.units.insert(parentId, code.strip(), name.strip(), kind);
	}

	@Transactional
	public void updateUnit(long id, String code, String name, UnitKind kind) {
		this.units.update(id, code.strip(), name.strip(), kind);
	}

	public boolean unitCodeTaken(String code, @Nullable Long exceptId) {
		return this.units.byCode(code.strip()).filter((u) -> exceptId == null || u.id() != exceptId).isPresent();
	}

	@Transactional
	public long addPerson(long unitId, String fullName, @Nullable String position, @Nullable String email,
			@Nullable String phone) {
		return this.people.insert(unitId, fullName.strip(), position, email, normalizedPhone(phone));
	}

	@Transactional
	public void updatePerson(Person person) {
		this.people.update(new Person(person.id(), person.unitId(), person.fullName().strip(), person.position(),
				person.email(), normalizedPhone(person.phone()), person.active()));
	}

	public boolean emailTaken(String email, @Nullable Long exceptPersonId) {
		return this.people.emailTaken(email, exceptPersonId);
	}

	public static boolean isValidEmail(String email) {
		return ContactDetails.isEmail(email);
	}

	public static boolean isValidPhone(String phone) {
		return ContactDetails.phoneE164(phone).isPresent();
	}

	/**
	 * Imports people from CSV for an administrator: all rows or none.
	 */
	@Transactional
	public PeopleImportResult importPeople(byte[] csv, AuthenticatedPerson admin) {
		Map<String, Long> codes = new java.util.HashMap<>();
		this.units.all().forEach((u) -> codes.put(u.code().toLowerCase(java.util.Locale.ROOT), u.id()));
		PeopleCsvImport.Parsed parsed = PeopleCsvImport.parse(csv,
				(code) -> mayAdminister(admin, codes.get(code.toLowerCase(java.util.Locale.ROOT))),
				(code) -> codes.containsKey(code.toLowerCase(java.util.Locale.ROOT)), emailsInUse(csv));
		if (!parsed.problems().isEmpty()) {
			return new PeopleImportResult(0, parsed.problems());
		}
		for (PeopleCsvImport.Row row : parsed.rows()) {
			this.people.insert(codes.get(row.unitCode().toLowerCase(java.util.Locale.ROOT)), row.fullName(),
					row.position(), row.email() == null ? null : row.email().toLowerCase(java.util.Locale.ROOT),
					normalizedPhone(row.phone()));
		}
		return new PeopleImportResult(parsed.rows().size(), List.of());
	}

	private Set<String> emailsInUse(byte[] csv) {
		Set<String> candidates = new HashSet<>();
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("[^\\s,;\"]+@[^\\s,;\"]+")
			.matcher(new String(csv, java.nio.charset.StandardCharsets.UTF_8));
		while (m.find() && candidates.size() < PeopleCsvImport.MAX_ROWS) {
			candidates.add(m.group().toLowerCase(java.util.Locale.ROOT));
		}
		return new HashSet<>(this.people.existingEmails(candidates));
	}

	private static @Nullable String normalizedPhone(@Nullable String phone) {
		if (phone == null || phone.isBlank()) {
			return null;
		}
		return ContactDetails.phoneE164(phone).orElse(phone.strip());
	}

	/** For demo seeding and tests. */
	@Transactional
	public long addStation(long unitId, String name, String address, String phone, @Nullable Double latitude,
			@Nullable Double longitude, List<Long> communeIds) {
		long id = this.stations.insert(unitId, name, address, phone, latitude, longitude);
		communeIds.forEach((commune) -> this.stations.assignCommune(id, commune));
		return id;
	}

	public boolean isEmpty() {
		return this.units.count() == 0;
	}

	public long peopleCount() {
		return this.people.count();
	}

}
