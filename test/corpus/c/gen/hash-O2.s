	.file	"hash.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	crc32_bitwise, @function
crc32_bitwise:
.LFB0:
	.cfi_startproc
	addi 8,4,-1
	addi 10,3,-1
	add 8,3,8
	li 3,-1
.L4:
	lbzu 9,1(10)
	li 7,4
	mtctr 7
	xor 3,3,9
.L3:
	andi. 9,3,0x1
	srwi 3,3,1
	xoris 9,3,0xedb8
	beq- 0,.L2
	xori 3,9,0x8320
.L2:
	andi. 9,3,0x1
	srwi 3,3,1
	beq- 0,.L9
	xoris 3,3,0xedb8
	xori 3,3,0x8320
.L9:
	bdnz .L3
	cmplw 0,8,10
	bne+ 0,.L4
	not 3,3
	blr
	.cfi_endproc
.LFE0:
	.size	crc32_bitwise,.-crc32_bitwise
	.align 2
	.type	crc32_table, @function
crc32_table:
.LFB1:
	.cfi_startproc
	lis 5,.LANCHOR0@ha
	la 5,.LANCHOR0@l(5)
	lwz 8,4(5)
	cmpwi 0,8,0
	bne- 0,.L18
	addi 7,5,-4
	addi 6,5,1020
.L21:
	li 10,4
	mr 9,8
	mtctr 10
.L20:
	andi. 10,9,0x1
	srwi 9,9,1
	xoris 10,9,0xedb8
	beq- 0,.L19
	xori 9,10,0x8320
.L19:
	andi. 10,9,0x1
	srwi 9,9,1
	beq- 0,.L28
	xoris 9,9,0xedb8
	xori 9,9,0x8320
.L28:
	bdnz .L20
	stwu 9,4(7)
	addi 8,8,1
	cmplw 0,7,6
	bne+ 0,.L21
.L18:
	addi 10,3,-1
	mtctr 4
	li 3,-1
.L22:
	lbzu 9,1(10)
	srwi 8,3,8
	xor 9,9,3
	rlwinm 9,9,2,22,29
	lwzx 3,5,9
	xor 3,3,8
	bdnz .L22
	not 3,3
	blr
	.cfi_endproc
.LFE1:
	.size	crc32_table,.-crc32_table
	.align 2
	.type	get, @function
get:
.LFB10:
	.cfi_startproc
	lbz 11,0(3)
	andi. 10,11,0xff
	beq- 0,.L45
	mr 8,3
	li 9,5381
.L38:
	mulli 9,9,33
	add 9,10,9
	lbzu 10,1(8)
	cmpwi 0,10,0
	bne+ 0,.L38
.L37:
	lis 4,.LANCHOR0@ha
	rlwinm 5,9,2,24,29
	la 4,.LANCHOR0@l(4)
	rlwinm 6,9,0,26,31
	add 9,4,5
	lwz 8,1024(9)
	cmpwi 0,8,0
	beq- 0,.L46
.L39:
	lbz 10,0(8)
	cmpwi 0,10,0
	beq- 0,.L47
	mr 7,3
	mr 9,11
	b .L44
.L42:
	lbzu 10,1(8)
	lbzu 9,1(7)
	cmpwi 0,10,0
	beq- 0,.L41
.L44:
	rlwinm 9,9,0,0xff
	cmpw 0,9,10
	beq+ 0,.L42
.L43:
	addi 6,6,1
	rlwinm 5,6,2,24,29
	rlwinm 6,6,0,26,31
	add 9,4,5
	lwz 8,1024(9)
	cmpwi 0,8,0
	bne+ 0,.L39
.L46:
	li 3,-1
	blr
.L47:
	mr 9,11
.L41:
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne+ 0,.L43
	add 4,4,5
	lwz 3,1280(4)
	blr
.L45:
	li 9,5381
	b .L37
	.cfi_endproc
.LFE10:
	.size	get,.-get
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	"crc32 bitwise"
	.align 2
.LC1:
	.string	"crc32 table"
	.align 2
.LC2:
	.string	"crc16"
	.align 2
.LC3:
	.string	"adler32"
	.align 2
.LC4:
	.string	"fnv1a32"
	.align 2
.LC5:
	.string	"fnv1a64"
	.align 2
.LC6:
	.string	"djb2"
	.align 2
.LC7:
	.string	"fmix32"
	.align 2
.LC8:
	.string	"block crc32"
	.align 2
.LC9:
	.string	"crc agree"
	.align 2
.LC10:
	.string	"block adler"
	.align 2
.LC11:
	.string	"block fnv64"
	.align 2
.LC12:
	.string	"probes"
	.align 2
.LC13:
	.string	"alpha"
	.align 2
.LC14:
	.string	"beta"
	.align 2
.LC15:
	.string	"omega"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB11:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	li 4,9
	stw 29,36(1)
	.cfi_register 65, 0
	.cfi_offset 29, -12
	lis 29,.LANCHOR1@ha
	la 29,.LANCHOR1@l(29)
	stw 0,52(1)
	mr 3,29
	stw 30,40(1)
	stw 25,20(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 25, -28
	addi 30,29,-1
	stw 26,24(1)
	stw 27,28(1)
	stw 28,32(1)
	stw 31,44(1)
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 31, -4
	bl crc32_bitwise
	mr 4,3
	lis 3,.LC0@ha
	la 3,.LC0@l(3)
	bl show_hex
	li 4,9
	mr 3,29
	bl crc32_table
	mr 4,3
	lis 3,.LC1@ha
	la 3,.LC1@l(3)
	bl show_hex
	mr 10,30
	addi 8,29,8
	li 4,-1
.L57:
	lbzu 9,1(10)
	li 7,8
	li 31,8
	mtctr 7
	slwi 9,9,8
	xor 4,9,4
	b .L56
.L107:
	slwi 4,4,1
	addi 31,31,-1
	bdz .L106
.L56:
	andi. 9,4,0x8000
	rlwinm 9,4,1,15,30
	beq+ 0,.L107
	xori 4,9,0x1021
	addi 31,31,-1
	bdnz .L56
.L106:
	cmplw 0,8,10
	bne+ 0,.L57
	lis 3,.LC2@ha
	rlwinm 4,4,0,0xffff
	la 3,.LC2@l(3)
	bl show_hex
	lis 8,0x8007
	li 9,9
	ori 8,8,0x8071
	mr 7,30
	li 4,1
	mtctr 9
.L58:
	lbzu 9,1(7)
	add 4,9,4
	mulhwu 9,4,8
	srwi 10,9,15
	rlwinm 9,9,29,3,19
	subf 9,10,9
	slwi 9,9,4
	add 9,9,10
	subf 4,9,4
	add 31,4,31
	mulhwu 9,31,8
	srwi 10,9,15
	rlwinm 9,9,29,3,19
	subf 9,10,9
	slwi 9,9,4
	add 9,9,10
	subf 31,9,31
	bdnz .L58
	slwi 31,31,16
	lis 3,.LC3@ha
	or 4,31,4
	la 3,.LC3@l(3)
	bl show_hex
	lis 4,0x811c
	lis 7,0x100
	ori 4,4,0x9dc5
	ori 7,7,0x193
	mr 8,30
	li 5,9
.L59:
	lbz 10,1(8)
	addic. 5,5,-3
	lbz 9,2(8)
	lbzu 6,3(8)
	xor 10,10,4
	mullw 10,10,7
	xor 9,9,10
	mullw 9,9,7
	xor 6,6,9
	mullw 4,6,7
	bne+ 0,.L59
	lis 3,.LC4@ha
	li 25,9
	la 3,.LC4@l(3)
	bl show_hex
	lis 5,0xcbf2
	lis 6,0x8422
	li 9,9
	ori 5,5,0x9ce4
	ori 6,6,0x2325
	li 8,435
	mtctr 9
.L60:
	lbzu 9,1(30)
	mulli 5,5,435
	addi 25,25,-1
	xor 6,9,6
	mulhwu 9,8,6
	slwi 10,6,8
	add 5,5,10
	mulli 6,6,435
	add 5,5,9
	bdnz .L60
	lis 3,.LC5@ha
	la 3,.LC5@l(3)
	bl show_hex64
	li 4,5381
	mr 10,29
	li 9,49
.L61:
	lbzu 30,1(10)
	mulli 4,4,33
	add 4,9,4
	andi. 9,30,0xff
	bne+ 0,.L61
	lis 3,.LC6@ha
	lis 31,.LANCHOR0@ha
	la 3,.LC6@l(3)
	la 31,.LANCHOR0@l(31)
	bl show_hex
	lis 3,.LC7@ha
	lis 4,0xde5
	la 3,.LC7@l(3)
	ori 4,4,0xc6a9
	addi 26,31,1535
	bl show_hex
	li 9,512
	mtctr 9
	addi 27,31,1536
	mr 7,26
	addi 28,31,2559
	subfic 5,31,-1535
.L62:
	addi 6,7,1
	add 8,5,7
	add 10,5,6
	addi 9,30,7
	srawi 10,10,3
	srawi 8,8,3
	add 10,10,9
	add 8,8,30
	addi 9,30,14
	stb 8,1(7)
	stb 10,2(7)
	mr 30,9
	addi 7,7,2
	bdnz .L62
	li 4,1024
	mr 3,27
	bl crc32_bitwise
	li 4,1024
	mr 9,3
	mr 3,27
	mr 27,9
	bl crc32_table
	mr 30,3
	lis 9,.LC8@ha
	la 3,.LC8@l(9)
	mr 4,30
	bl show_hex
	xor 4,27,30
	cntlzw 4,4
	lis 3,.LC9@ha
	srwi 4,4,5
	la 3,.LC9@l(3)
	bl show_int
	lis 7,0x8007
	subf 9,26,28
	ori 7,7,0x8071
	mr 6,26
	li 10,1
	mtctr 9
.L63:
	lbzu 9,1(6)
	add 10,9,10
	mulhwu 9,10,7
	srwi 8,9,15
	rlwinm 9,9,29,3,19
	subf 9,8,9
	slwi 9,9,4
	add 9,9,8
	subf 10,9,10
	add 25,10,25
	mulhwu 9,25,7
	srwi 8,9,15
	rlwinm 9,9,29,3,19
	subf 9,8,9
	slwi 9,9,4
	add 9,9,8
	subf 25,9,25
	bdnz .L63
	slwi 4,25,16
	lis 3,.LC10@ha
	or 4,4,10
	la 3,.LC10@l(3)
	bl show_hex
	lis 5,0xcbf2
	lis 6,0x8422
	subf 9,26,28
	mtctr 9
	ori 5,5,0x9ce4
	ori 6,6,0x2325
	li 8,435
.L64:
	lbzu 9,1(26)
	mulli 5,5,435
	xor 6,9,6
	mulhwu 9,8,6
	slwi 10,6,8
	add 5,5,10
	mulli 6,6,435
	add 5,5,9
	bdnz .L64
	lis 3,.LC11@ha
	addi 29,29,12
	la 3,.LC11@l(3)
	li 28,1
	bl show_hex64
	li 11,97
	andi. 10,11,0xff
	lwz 0,0(29)
	li 4,0
	beq- 0,.L75
.L108:
	mr 8,0
	li 9,5381
.L66:
	mulli 9,9,33
	add 9,10,9
	lbzu 10,1(8)
	cmpwi 0,10,0
	bne+ 0,.L66
	rlwinm 6,9,0,26,31
.L65:
	slwi 5,6,2
	li 3,1
	add 9,31,5
	lwz 8,1024(9)
	cmpwi 0,8,0
	beq- 0,.L68
.L67:
	lbz 10,0(8)
	cmpwi 0,10,0
	beq- 0,.L77
	mr 7,0
	mr 9,11
	b .L70
.L71:
	lbzu 10,1(8)
	lbzu 9,1(7)
	cmpwi 0,10,0
	beq- 0,.L69
.L70:
	rlwinm 9,9,0,0xff
	cmpw 0,9,10
	beq+ 0,.L71
	addi 6,6,1
	addi 3,3,1
	rlwinm 5,6,2,24,29
	rlwinm 6,6,0,26,31
	add 9,31,5
	lwz 8,1024(9)
	cmpwi 0,8,0
	bne+ 0,.L67
.L68:
	add 5,31,5
	add 4,4,3
	lwz 9,1280(5)
	stw 0,1024(5)
	add 9,9,28
	addi 28,28,1
	cmplwi 0,28,16
	stw 9,1280(5)
	beq- 0,.L73
	lwzu 9,4(29)
	lbz 11,0(9)
	lwz 0,0(29)
	andi. 10,11,0xff
	bne+ 0,.L108
.L75:
	li 6,5
	b .L65
.L77:
	mr 9,11
.L69:
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	beq- 0,.L68
	addi 6,6,1
	addi 3,3,1
	rlwinm 5,6,2,24,29
	rlwinm 6,6,0,26,31
	add 9,31,5
	lwz 8,1024(9)
	cmpwi 0,8,0
	bne+ 0,.L67
	b .L68
.L73:
	lis 3,.LC12@ha
	lis 31,.LC13@ha
	la 31,.LC13@l(31)
	la 3,.LC12@l(3)
	bl show_int
	mr 3,31
	bl get
	mr 4,3
	mr 3,31
	lis 31,.LC14@ha
	bl show_int
	la 31,.LC14@l(31)
	mr 3,31
	bl get
	mr 4,3
	mr 3,31
	lis 31,.LC15@ha
	bl show_int
	la 31,.LC15@l(31)
	mr 3,31
	bl get
	mr 4,3
	mr 3,31
	bl show_int
	lwz 0,52(1)
	srwi 3,30,25
	lwz 25,20(1)
	lwz 26,24(1)
	lwz 27,28(1)
	mtlr 0
	.cfi_restore 65
	lwz 28,32(1)
	lwz 29,36(1)
	lwz 30,40(1)
	lwz 31,44(1)
	addi 1,1,48
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE11:
	.size	main,.-main
	.section	.rodata.str1.4
	.align 2
.LC16:
	.string	"gamma"
	.align 2
.LC17:
	.string	"delta"
	.align 2
.LC18:
	.string	"epsilon"
	.align 2
.LC19:
	.string	"zeta"
	.align 2
.LC20:
	.string	"eta"
	.align 2
.LC21:
	.string	"theta"
	.align 2
.LC22:
	.string	"iota"
	.align 2
.LC23:
	.string	"kappa"
	.align 2
.LC24:
	.string	"lambda"
	.align 2
.LC25:
	.string	"mu"
	.section	.rodata
	.align 2
	.set	.LANCHOR1,. + 0
	.type	msg.2, @object
	.size	msg.2, 10
msg.2:
	.string	"123456789"
	.zero	2
	.type	words.0, @object
	.size	words.0, 60
words.0:
	.long	.LC13
	.long	.LC14
	.long	.LC16
	.long	.LC17
	.long	.LC13
	.long	.LC18
	.long	.LC19
	.long	.LC20
	.long	.LC21
	.long	.LC14
	.long	.LC22
	.long	.LC23
	.long	.LC13
	.long	.LC24
	.long	.LC25
	.section	".bss"
	.align 2
	.set	.LANCHOR0,. + 0
	.type	table, @object
	.size	table, 1024
table:
	.zero	1024
	.type	keys, @object
	.size	keys, 256
keys:
	.zero	256
	.type	vals, @object
	.size	vals, 256
vals:
	.zero	256
	.type	block.1, @object
	.size	block.1, 1024
block.1:
	.zero	1024
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
