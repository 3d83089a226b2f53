package vn.canhgiac.app.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * What an attacker who owns the database does: switches the append-only triggers off for
 * one transaction ({@code session_replication_role = replica}) and changes the tables.
 */
final class Tampering {

	private Tampering() {
	}

	static void run(DataSource dataSource, String... statements) {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("set local session_replication_role = replica");
				for (String sql : statements) {
					statement.execute(sql);
				}
				connection.commit();
			}
			catch (SQLException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(true);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Empties the trail and its checkpoints, as if freshly installed. */
	static void reset(DataSource dataSource) {
		run(dataSource, "delete from audit_entry", "delete from audit_checkpoint",
				"update audit_head set seq = 0, hash = repeat('0', 64) where id = 1");
	}

}
