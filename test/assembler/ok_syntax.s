# GNU as syntax as dls reads it, including what dls accepts beyond `powerpc-linux-gnu-as -m440`:
# bare register names (r3, cr2), `//` comments and .half.
	.text
start:
	li r3, 1	# = 38600001
	li %r3, 1	# = 38600001
	addi r1, r1, -16            // a C++-style comment	# = 3821fff0
	stw r31, 12(r1)	# = 93e1000c
	lwz r0, 20(%r1)	# = 80010014
	mr r31, r1 ; mr. r3, r4     # two statements on a line	# = 7c3f0b78 7c832379
	cmpw cr7, r3, r4	# = 7f832000
	cmplwi r3, 0xffff	# = 2803ffff
	beq cr7, 1f	# = 419e0014
	bne- cr7, start	# = 40beffd8
	bdnz+ start	# = 4200ffd4
	bc 12, 4*cr2+eq, start	# = 418affd0
	crxor 4*cr1+so, gt, eq	# = 4ce11182
1:	blr	# = 4e800020
	rlwinm r4, r4, 0, 0xff	# = 5484063e
	slwi r3, r3, 2	# = 5463103a
	srawi r3, r3, 31	# = 7c63fe70
	subf. r3, r4, r5	# = 7c642851
	addo r3, r4, r5	# = 7c642e14
	mftb r5	# = 7cac42a6
	mtctr r9	# = 7d2903a6
	bctrl	# = 4e800421
	lis r9, data@ha	# = 3d200000
	la r9, data@l(r9)	# = 39290070
	lwz r9, data+4@l(r9)	# = 81290074
	.half 0x1234, -1	# = 1234ffff
	.short 'a, '\n	# = 0061000a
data:	.long 0x12345678, data - start	# = 12345678 00000070

	bne- 0,$+4	# = 40820004
	b $	# = 48000000
