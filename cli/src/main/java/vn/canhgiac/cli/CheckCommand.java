package vn.canhgiac.cli;

import picocli.CommandLine.Command;

/**
 * {@code canhgiac check …}: the offline "check something suspicious" commands. Each kind
 * of content is one subcommand; add new ones (e.g. {@code file}) to the list.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
		description = { "Kiểm tra tin nhắn, đường link đáng ngờ (không mở, không truy cập gì).",
				"Check suspicious messages and links, offline (nothing is opened or fetched)." },
		subcommands = { CheckMessageCommand.class, CheckUrlCommand.class })
final class CheckCommand {

}
