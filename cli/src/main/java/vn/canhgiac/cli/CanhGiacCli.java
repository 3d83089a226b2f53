package vn.canhgiac.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

import vn.canhgiac.engine.EngineVersion;

/**
 * Entry point of the offline command line. {@code bin/canhgiac} sends everything except
 * {@code serve}, {@code admin} and {@code report} here.
 */
@Command(name = "canhgiac", mixinStandardHelpOptions = true, versionProvider = CanhGiacCli.Version.class,
		description = { "Cảnh Giác — kiểm tra ảnh cắt ghép, tin nhắn, đường link và tệp đáng ngờ.",
				"Cảnh Giác — check composite images, messages, links and files, offline." },
		footer = { "", "Portal / Cổng thông tin:",
				"  serve [--port N]            start the portal (embedded PostgreSQL, demo data)",
				"  admin create-user ...       create the first administrator in production mode", "",
				"Exit codes: 0 success, 2 bad input (one line on stderr says what is wrong)." },
		subcommands = { CommandLine.HelpCommand.class, ImageCommand.class, CheckCommand.class,
				VerifyPackageCommand.class })
public final class CanhGiacCli {

	/**
	 * Exit code for input the engine refuses (empty, truncated, too large, wrong type).
	 */
	public static final int BAD_INPUT = 2;

	public static void main(String[] args) {
		System.exit(run(args));
	}

	static int run(String... args) {
		return new CommandLine(new CanhGiacCli()).setExitCodeExceptionMapper((ex) -> BAD_INPUT).execute(args);
	}

	static final class Version implements IVersionProvider {

		@Override
		public String[] getVersion() {
			return new String[] { "canhgiac " + EngineVersion.current() };
		}

	}

}
