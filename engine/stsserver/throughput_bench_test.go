package stsserver

import (
	"context"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/sts"
)

// BenchmarkEndpointThroughput measures the native endpoint over loopback
// HTTP with the AWS SDK for Go v2 as the client (signing, keep-alive
// connections, XML parsing on the client side included), with as many
// clients in parallel as GOMAXPROCS. req/s is requests per second of wall
// time; the clients share the machine with the server.
func BenchmarkEndpointThroughput(b *testing.B) {
	h, err := New(Options{TokenKey: testTokenKey})
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	client := func(id, secret, token string) *sts.Client {
		return sts.New(sts.Options{
			Region: "us-east-1", BaseEndpoint: aws.String(srv.URL), RetryMaxAttempts: 1,
			Credentials: credentials.NewStaticCredentialsProvider(id, secret, token),
		})
	}
	ctx := context.Background()
	user := client(ExampleAccessKeyID, ExampleSecretAccessKey, "")
	out, err := user.GetFederationToken(ctx, &sts.GetFederationTokenInput{Name: aws.String("Jean"), Policy: aws.String(jeanPolicy)})
	if err != nil {
		b.Fatal(err)
	}
	c := out.Credentials
	session := client(*c.AccessKeyId, *c.SecretAccessKey, *c.SessionToken)
	calls := []struct {
		name string
		call func() error
	}{
		{"GetFederationToken", func() error {
			_, err := user.GetFederationToken(ctx, &sts.GetFederationTokenInput{Name: aws.String("Jean"), Policy: aws.String(jeanPolicy), DurationSeconds: aws.Int32(3600)})
			return err
		}},
		{"GetCallerIdentity-session", func() error {
			_, err := session.GetCallerIdentity(ctx, &sts.GetCallerIdentityInput{})
			return err
		}},
	}
	for _, c := range calls {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			start := time.Now()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					if err := c.call(); err != nil {
						b.Error(err)
						return
					}
				}
			})
			b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "req/s")
		})
	}
}
