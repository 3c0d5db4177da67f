# Directive problems; the file goes on after each one.
	.text
	nop
	.org 0               # error: .org cannot move backwards
	.space later         # error: the size must be known here
later:
	.align 3, 0, 1, 2    # error: unexpected
	.p2align 40          # error: alignment 2^40 is out of range
	.balign 3            # error: alignment 3 is not a power of 2
	.section .x, "q"     # error: unknown section flag 'q'
	.type later, @thing  # error: unknown symbol type 'thing'
	.error "stop here"   # error: stop here
	.endif               # error: .endif without .if
	.else                # error: .else without .if
	.macro twice a:req
	.long \a, \a
	.endm
	twice                # error: missing value for required argument 'a' of macro 'twice'
	twice 1, 2           # error: too many arguments for macro 'twice'
	.include "no-such-file.s"  # error: cannot find include file 'no-such-file.s'
	.ascii "unterminated # error: string without closing quote
	.long 1
	.if 1                # error: .if without a matching .endif
