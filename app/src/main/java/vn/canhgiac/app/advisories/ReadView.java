package vn.canhgiac.app.advisories;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the reading page shows: the advisory, its sanitised HTML body, the reader's own
 * record (if they are a recipient) and links to the documents it refers to that are in
 * the system.
 */
public record ReadView(Advisory advisory, String bodyHtml, @Nullable Receipt receipt, List<Reference> references) {

	/**
	 * A referenced document: its number, and the advisory id when it is in the system.
	 */
	public record Reference(String number, @Nullable Long advisoryId) {

	}

}
