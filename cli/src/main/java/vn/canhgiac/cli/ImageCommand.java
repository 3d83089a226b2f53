package vn.canhgiac.cli;

import picocli.CommandLine.Command;

/**
 * {@code canhgiac image …}: image forensics commands.
 */
@Command(name = "image", description = { "Kiểm tra ảnh cắt ghép / check a picture for compositing." },
		subcommands = { ImageAnalyzeCommand.class }, mixinStandardHelpOptions = true)
final class ImageCommand {

}
