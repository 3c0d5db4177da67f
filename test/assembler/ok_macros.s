# Macros (arguments, defaults, keyword arguments, \@), .rept, .irp, .irpc, conditionals and
# numeric local labels.
	.macro push reg, size=4
	stwu \reg, -\size(r1)
	.endm
	.macro loop n
lp\@:	bdnz lp\@
	.endm
	.macro sum a, b
	.if \a + \b > 10
	li r3, 10
	.else
	li r3, \a + \b
	.endif
	.endm
	.text
	push r31	# = 97e1fffc
	push r30, 8	# = 97c1fff8
	push size=16, reg=r29	# = 97a1fff0
	loop 1	# = 42000000
	loop 2	# = 42000000
	sum 3, 4	# = 38600007
	sum 7, 8	# = 3860000a
	.rept 2
	nop
	.endr	# = 60000000 60000000
	.irp r, 3, 4
	li r\r, \r
	.endr	# = 38600003 38800004
	.irpc c, 56
	li r\c, \c
	.endr	# = 38a00005 38c00006
1:	b 1f	# = 48000004
1:	b 1b	# = 48000000
	.ifdef sum_missing
	.long 0
	.elseif 1
	.long 1	# = 00000001
	.endif

