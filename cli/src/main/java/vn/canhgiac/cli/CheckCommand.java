package vn.canhgiac.cli;

import picocli.CommandLine.Command;

/**
 * {@code canhgiac check …}: the offline "check something suspicious" commands. Each kind
 * of content is one subcommand.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
		description = { "Kiểm tra tin nhắn, đường link, tệp đáng ngờ (không mở, không truy cập gì).",
				"Check suspicious messages, links and files, offline (nothing is opened or fetched)." },
		subcommands = { CheckMessageCommand.class, CheckUrlCommand.class, CheckFileCommand.class })
final class CheckCommand {

}
