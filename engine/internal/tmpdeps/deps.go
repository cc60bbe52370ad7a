package tmpdeps

import (
	_ "github.com/aws/aws-sdk-go-v2/aws"
	_ "github.com/aws/aws-sdk-go-v2/credentials"
	_ "github.com/aws/aws-sdk-go-v2/service/sts"
	_ "github.com/stretchr/testify/require"
	_ "github.com/tidwall/gjson"
)
