package vn.canhgiac.app.evidence;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Builds the S3 client from {@link S3StorageProperties}: the JDK's HttpURLConnection with
 * explicit connect and socket timeouts, and a deadline per attempt and per call (with the
 * SDK's standard retries inside it), so a store that hangs fails the request instead of
 * holding it.
 */
final class S3Clients {

	/** S3's smallest part size (except for the last part). */
	private static final long MIN_PART_SIZE = 5L * 1024 * 1024;

	private S3Clients() {
	}

	static S3EvidenceStorage storage(S3StorageProperties properties) {
		if (properties.bucket() == null || properties.bucket().isBlank()) {
			throw new IllegalStateException(
					"canhgiac.storage=s3 needs canhgiac.storage.s3.bucket (CANHGIAC_STORAGE_S3_BUCKET)");
		}
		long partSize = properties.partSize().toBytes();
		if (partSize < MIN_PART_SIZE || partSize > Integer.MAX_VALUE - 8) {
			throw new IllegalStateException("canhgiac.storage.s3.part-size must be between 5MB and 2GB");
		}
		S3EvidenceStorage storage = new S3EvidenceStorage(client(properties), properties.bucket(), properties.prefix(),
				(int) partSize);
		storage.checkBucket();
		return storage;
	}

	static S3Client client(S3StorageProperties properties) {
		S3StorageProperties.Timeouts timeouts = properties.timeouts();
		S3ClientBuilder builder = S3Client.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder()
				.connectionTimeout(timeouts.connect())
				.socketTimeout(timeouts.socket()))
			.overrideConfiguration(
					(c) -> c.apiCallAttemptTimeout(timeouts.apiCallAttempt()).apiCallTimeout(timeouts.apiCall()))
			.region(Region.of(properties.region()))
			.forcePathStyle(properties.pathStyle())
			// Content-MD5 is sent with every part instead: the newer default checksums
			// (CRC trailers in aws-chunked bodies) are not understood by every
			// S3-compatible store.
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.credentialsProvider(credentials(properties));
		if (properties.endpoint() != null) {
			builder.endpointOverride(properties.endpoint());
		}
		return builder.build();
	}

	private static AwsCredentialsProvider credentials(S3StorageProperties properties) {
		if (properties.accessKey() != null && properties.secretKey() != null) {
			return StaticCredentialsProvider
				.create(AwsBasicCredentials.create(properties.accessKey(), properties.secretKey()));
		}
		return DefaultCredentialsProvider.builder().build();
	}

}
