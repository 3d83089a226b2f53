package vn.canhgiac.app.evidence;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the S3-compatible evidence store, used when {@code canhgiac.storage=s3}
 * ({@code CANHGIAC_STORAGE=s3}).
 *
 * @param endpoint the store's address, e.g. {@code https://s3.example.vn}; none for AWS
 * itself
 * @param region signing region (MinIO, Ceph and s3proxy accept any)
 * @param bucket the bucket; it must exist, the portal never creates it
 * @param accessKey access key; with the secret key unset, the SDK's default credential
 * chain (environment, profile, instance role) is used
 * @param secretKey secret key
 * @param pathStyle {@code https://host/bucket/key} instead of
 * {@code https://bucket.host/key} (MinIO, Ceph, s3proxy)
 * @param prefix put in front of every object key, to share a bucket
 * @param partSize objects larger than this are sent as a multipart upload in parts of
 * this size; also the most one upload holds in memory (at least 5 MB, an S3 rule)
 * @param timeouts how long to wait for the store before failing the request
 */
@ConfigurationProperties("canhgiac.storage.s3")
record S3StorageProperties(@Nullable URI endpoint, @DefaultValue("us-east-1") String region, @Nullable String bucket,
		@Nullable String accessKey, @Nullable String secretKey, @DefaultValue("false") boolean pathStyle,
		@DefaultValue("evidence/") String prefix, @DefaultValue("8MB") DataSize partSize,
		@DefaultValue Timeouts timeouts) {

	/**
	 * @param connect to open a connection
	 * @param socket between two packets of one response (also while streaming a read)
	 * @param apiCallAttempt one try of a request, including sending the body
	 * @param apiCall a request with all its retries
	 */
	record Timeouts(@DefaultValue("5s") Duration connect, @DefaultValue("30s") Duration socket,
			@DefaultValue("60s") Duration apiCallAttempt, @DefaultValue("120s") Duration apiCall) {

	}

}
