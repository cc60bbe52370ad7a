package match_test

import (
	"fmt"

	"github.com/stsplay/stsplay/engine/internal/match"
	"github.com/stsplay/stsplay/engine/internal/reqctx"
)

func ExampleAction() {
	fmt.Println(match.Action("s3:Get*Tagging", "s3:GetObjectTagging"))
	fmt.Println(match.Action("s3:Get*Tagging", "s3:GetObject"))
	fmt.Println(match.Action("IAM:listaccesskeys", "iam:ListAccessKeys"))
	// Output:
	// true
	// false
	// true
}

func ExampleResource() {
	ctx := reqctx.New()
	ctx.Set("aws:userid", "123456789012:Carol")
	fmt.Println(match.Resource("arn:aws:s3:::productionapp/*/test/*", "arn:aws:s3:::productionapp/1/2/test/3/object.jpg", true, ctx))
	fmt.Println(match.Resource("arn:aws:s3:::productionapp/*/test/*", "arn:aws:s3:::productionapp/test/object.jpg", true, ctx))
	fmt.Println(match.Resource("arn:aws:sqs:*", "arn:aws:sqs:us-east-1:123456789012:orders", true, ctx))
	fmt.Println(match.Resource("arn:aws:s3:::home/${aws:userid}/*", "arn:aws:s3:::home/123456789012:Carol/notes.txt", true, ctx))
	fmt.Println(match.Resource("arn:aws:s3:::home/${aws:username}/*", "arn:aws:s3:::home/Carol/notes.txt", true, ctx))
	// Output:
	// true
	// false
	// true
	// true
	// false
}

func ExampleExpand() {
	ctx := reqctx.New()
	ctx.Set("aws:PrincipalTag/team", "blue*")
	p, ok := match.Expand("team-${aws:PrincipalTag/team}-${aws:PrincipalTag/cost, 'none'}-*", true, ctx)
	fmt.Println(ok, p.String())
	for _, part := range p.Parts() {
		fmt.Printf("%q literal=%v\n", part.Text, part.Literal)
	}
	fmt.Println(p.Match("team-blue*-none-x"), p.Match("team-blueberry-none-x"))
	// Output:
	// true team-blue*-none-*
	// "team-" literal=false
	// "blue*" literal=true
	// "-" literal=false
	// "none" literal=true
	// "-*" literal=false
	// true false
}
