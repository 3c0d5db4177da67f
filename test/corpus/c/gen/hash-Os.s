	.file	"hash.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	crc32_bitwise, @function
crc32_bitwise:
.LFB0:
	.cfi_startproc
	li 10,0
	li 9,-1
.L4:
	lbzx 8,3,10
	xor 9,9,8
	li 8,8
	mtctr 8
.L3:
	rlwinm 8,9,0,31,31
	srwi 9,9,1
	cmpwi 0,8,0
	beq- 0,.L2
	xoris 9,9,0xedb8
	xori 9,9,0x8320
.L2:
	bdnz .L3
	addi 10,10,1
	cmplw 0,10,4
	bne+ 0,.L4
	not 3,9
	blr
	.cfi_endproc
.LFE0:
	.size	crc32_bitwise,.-crc32_bitwise
	.align 2
	.type	crc32_table, @function
crc32_table:
.LFB1:
	.cfi_startproc
	lis 8,.LANCHOR0@ha
	la 8,.LANCHOR0@l(8)
	lwz 10,4(8)
	cmpwi 0,10,0
	beq- 0,.L12
.L13:
	addi 9,3,-1
	mtctr 4
	li 3,-1
.L16:
	lbzu 10,1(9)
	xor 10,10,3
	srwi 3,3,8
	rlwinm 10,10,2,22,29
	lwzx 10,8,10
	xor 3,10,3
	bdnz .L16
	not 3,3
	blr
.L15:
	rlwinm 7,9,0,31,31
	srwi 9,9,1
	cmpwi 0,7,0
	beq- 0,.L14
	xoris 9,9,0xedb8
	xori 9,9,0x8320
.L14:
	bdnz .L15
	slwi 7,10,2
	addi 10,10,1
	cmplwi 0,10,256
	stwx 9,8,7
	beq- 0,.L13
.L12:
	li 7,8
	mr 9,10
	mtctr 7
	b .L15
	.cfi_endproc
.LFE1:
	.size	crc32_table,.-crc32_table
	.align 2
	.type	get, @function
get:
.LFB10:
	.cfi_startproc
	addi 8,3,-1
	li 9,5381
.L30:
	lbzu 10,1(8)
	cmpwi 0,10,0
	bne+ 0,.L31
	lis 10,.LANCHOR0@ha
	rlwinm 9,9,0,26,31
	la 10,.LANCHOR0@l(10)
.L32:
	slwi 6,9,2
	add 8,10,6
	lwz 7,1280(8)
	cmpwi 0,7,0
	bne+ 0,.L37
	li 3,-1
	blr
.L31:
	mulli 9,9,33
	add 9,10,9
	b .L30
.L37:
	li 8,0
.L34:
	lbzx 4,7,8
	lbzx 5,3,8
	cmpwi 0,4,0
	beq- 0,.L33
	cmpw 0,4,5
	addi 8,8,1
	beq+ 0,.L34
.L35:
	addi 9,9,1
	rlwinm 9,9,0,26,31
	b .L32
.L33:
	cmpwi 0,5,0
	bne+ 0,.L35
	add 10,10,6
	lwz 3,1024(10)
	blr
	.cfi_endproc
.LFE10:
	.size	get,.-get
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"crc32 bitwise"
.LC1:
	.string	"crc32 table"
.LC2:
	.string	"crc16"
.LC3:
	.string	"adler32"
.LC4:
	.string	"fnv1a32"
.LC5:
	.string	"fnv1a64"
.LC6:
	.string	"djb2"
.LC7:
	.string	"fmix32"
.LC8:
	.string	"block crc32"
.LC9:
	.string	"crc agree"
.LC10:
	.string	"block adler"
.LC11:
	.string	"block fnv64"
.LC12:
	.string	"probes"
.LC13:
	.string	"alpha"
.LC14:
	.string	"beta"
.LC15:
	.string	"omega"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB11:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	li 4,9
	stmw 26,8(1)
	.cfi_register 65, 0
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 30,.LANCHOR1@ha
	la 30,.LANCHOR1@l(30)
	stw 0,36(1)
	.cfi_offset 65, 4
	mr 3,30
	li 31,0
	bl crc32_bitwise
	mr 4,3
	lis 3,.LC0@ha
	la 3,.LC0@l(3)
	bl show_hex
	li 4,9
	mr 3,30
	bl crc32_table
	mr 4,3
	lis 3,.LC1@ha
	la 3,.LC1@l(3)
	bl show_hex
	li 4,-1
.L43:
	lbzx 9,30,31
	li 29,8
	slwi 9,9,8
	xor 4,9,4
	li 9,8
	mtctr 9
.L42:
	andi. 9,4,0x8000
	beq+ 0,.L40
	rlwinm 4,4,1,15,30
	xori 4,4,0x1021
.L41:
	addi 29,29,-1
	bdnz .L42
	addi 31,31,1
	cmplwi 0,31,9
	bne+ 0,.L43
	lis 3,.LC2@ha
	rlwinm 4,4,0,0xffff
	la 3,.LC2@l(3)
	bl show_hex
	li 9,0
	li 10,9
	li 4,1
	mr 8,30
	ori 9,9,0xfff1
	mtctr 10
.L44:
	lbz 10,0(8)
	addi 8,8,1
	add 4,10,4
	divwu 10,4,9
	mullw 10,10,9
	subf 4,10,4
	add 29,4,29
	divwu 10,29,9
	mullw 10,10,9
	subf 29,10,29
	bdnz .L44
	slwi 29,29,16
	lis 3,.LC3@ha
	or 4,29,4
	la 3,.LC3@l(3)
	bl show_hex
	lis 4,0x811c
	lis 10,0x100
	li 8,9
	ori 4,4,0x9dc5
	mr 9,30
	ori 10,10,0x193
	mtctr 8
.L45:
	lbz 8,0(9)
	addi 9,9,1
	xor 4,8,4
	mullw 4,4,10
	bdnz .L45
	lis 3,.LC4@ha
	la 3,.LC4@l(3)
	bl show_hex
	lis 5,0xcbf2
	lis 6,0x8422
	li 10,9
	ori 5,5,0x9ce4
	ori 6,6,0x2325
	mr 9,30
	li 8,435
	mtctr 10
.L46:
	lbz 10,0(9)
	mulli 5,5,435
	addi 9,9,1
	addi 31,31,-1
	xor 6,10,6
	slwi 10,6,8
	add 5,5,10
	mulhwu 10,8,6
	mulli 6,6,435
	add 5,5,10
	bdnz .L46
	lis 3,.LC5@ha
	la 3,.LC5@l(3)
	bl show_hex64
	li 4,5381
	mr 9,30
.L47:
	lbz 10,0(9)
	cmpwi 0,10,0
	bne+ 0,.L48
	lis 3,.LC6@ha
	lis 27,.LANCHOR0@ha
	la 3,.LC6@l(3)
	la 27,.LANCHOR0@l(27)
	bl show_hex
	lis 4,0xde5
	lis 3,.LC7@ha
	ori 4,4,0xc6a9
	la 3,.LC7@l(3)
	addi 29,27,1536
	bl show_hex
	li 10,1024
	li 9,0
	mtctr 10
.L49:
	mulli 8,9,7
	srawi 10,9,3
	add 10,10,8
	stbx 10,9,29
	addi 9,9,1
	bdnz .L49
	li 4,1024
	mr 3,29
	bl crc32_bitwise
	li 4,1024
	mr 26,3
	mr 3,29
	bl crc32_table
	mr 4,3
	mr 28,3
	lis 3,.LC8@ha
	la 3,.LC8@l(3)
	bl show_hex
	xor 4,26,28
	cntlzw 4,4
	lis 3,.LC9@ha
	srwi 4,4,5
	la 3,.LC9@l(3)
	bl show_int
	li 9,0
	li 10,1024
	li 4,1
	mr 8,29
	ori 9,9,0xfff1
	mtctr 10
.L50:
	lbz 10,0(8)
	addi 8,8,1
	add 4,10,4
	divwu 10,4,9
	mullw 10,10,9
	subf 4,10,4
	add 31,4,31
	divwu 10,31,9
	mullw 10,10,9
	subf 31,10,31
	bdnz .L50
	slwi 31,31,16
	lis 3,.LC10@ha
	or 4,31,4
	la 3,.LC10@l(3)
	bl show_hex
	lis 5,0xcbf2
	lis 6,0x8422
	li 9,1024
	ori 5,5,0x9ce4
	ori 6,6,0x2325
	li 10,435
	mtctr 9
.L51:
	lbz 9,0(29)
	mulli 5,5,435
	addi 29,29,1
	xor 6,9,6
	slwi 9,6,8
	add 5,5,9
	mulhwu 9,10,6
	mulli 6,6,435
	add 5,5,9
	bdnz .L51
	lis 3,.LC11@ha
	addi 30,30,8
	la 3,.LC11@l(3)
	bl show_hex64
	li 7,1
	li 4,0
.L59:
	lwzu 3,4(30)
	li 10,5381
	addi 6,3,-1
.L52:
	lbzu 8,1(6)
	cmpwi 0,8,0
	bne+ 0,.L53
	rlwinm 10,10,0,26,31
	li 5,1
.L54:
	slwi 8,10,2
	add 6,27,8
	lwz 31,1280(6)
	cmpwi 0,31,0
	beq- 0,.L55
	li 6,0
.L57:
	lbzx 0,31,6
	lbzx 11,3,6
	cmpwi 0,0,0
	beq- 0,.L56
	cmpw 0,11,0
	addi 6,6,1
	beq+ 0,.L57
.L58:
	addi 10,10,1
	addi 5,5,1
	rlwinm 10,10,0,26,31
	b .L54
.L40:
	slwi 4,4,1
	b .L41
.L48:
	mulli 4,4,33
	addi 9,9,1
	add 4,10,4
	b .L47
.L53:
	mulli 10,10,33
	add 10,8,10
	b .L52
.L56:
	cmpwi 0,11,0
	bne+ 0,.L58
.L55:
	add 10,27,8
	add 4,4,5
	lwz 8,1024(10)
	stw 3,1280(10)
	add 8,8,7
	addi 7,7,1
	cmplwi 0,7,16
	stw 8,1024(10)
	bne+ 0,.L59
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
	addi 11,1,32
	srwi 3,28,25
	b _restgpr_26_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 65
	.cfi_endproc
.LFE11:
	.size	main,.-main
	.section	.rodata.str1.1
.LC16:
	.string	"gamma"
.LC17:
	.string	"delta"
.LC18:
	.string	"epsilon"
.LC19:
	.string	"zeta"
.LC20:
	.string	"eta"
.LC21:
	.string	"theta"
.LC22:
	.string	"iota"
.LC23:
	.string	"kappa"
.LC24:
	.string	"lambda"
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
	.type	vals, @object
	.size	vals, 256
vals:
	.zero	256
	.type	keys, @object
	.size	keys, 256
keys:
	.zero	256
	.type	block.1, @object
	.size	block.1, 1024
block.1:
	.zero	1024
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
