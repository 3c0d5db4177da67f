	.file	"tables.c"
	.machine "440"
	.section	".text"
	.lcomm	composite,2000,4
	.type	composite, @object
	.lcomm	crc_table,1024,4
	.type	crc_table, @object
	.section	.rodata
	.align 1
	.type	squares, @object
	.size	squares, 32
squares:
	.short	0
	.short	1
	.short	4
	.short	9
	.short	16
	.short	25
	.short	36
	.short	49
	.short	64
	.short	81
	.short	100
	.short	121
	.short	144
	.short	169
	.short	196
	.short	225
	.section	".text"
	.align 2
	.type	make_crc, @function
make_crc:
.LFB0:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L2
.L7:
	lwz 9,8(31)
	stw 9,12(31)
	li 9,0
	stw 9,16(31)
	b .L3
.L6:
	lwz 9,12(31)
	rlwinm 9,9,0,31,31
	cmpwi 0,9,0
	beq 0,.L4
	lwz 9,12(31)
	srwi 9,9,1
	xoris 9,9,0xedb8
	xori 9,9,0x8320
	b .L5
.L4:
	lwz 9,12(31)
	srwi 9,9,1
.L5:
	stw 9,12(31)
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L3:
	lwz 9,16(31)
	cmpwi 0,9,7
	ble 0,.L6
	lis 9,crc_table@ha
	la 10,crc_table@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,12(31)
	stw 10,0(9)
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L2:
	lwz 9,8(31)
	cmplwi 0,9,255
	ble 0,.L7
	nop
	nop
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	make_crc,.-make_crc
	.align 2
	.type	crc32, @function
crc32:
.LFB1:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	li 9,-1
	stw 9,8(31)
	li 9,0
	stw 9,12(31)
	b .L9
.L10:
	lwz 10,24(31)
	lwz 9,12(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 10,9,0,0xff
	lwz 9,8(31)
	xor 9,10,9
	rlwinm 9,9,0,24,31
	lis 10,crc_table@ha
	la 10,crc_table@l(10)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lwz 9,8(31)
	srwi 9,9,8
	xor 9,10,9
	stw 9,8(31)
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L9:
	lwz 10,12(31)
	lwz 9,28(31)
	cmplw 0,10,9
	blt 0,.L10
	lwz 9,8(31)
	not 9,9
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	crc32,.-crc32
	.align 2
	.type	popcount, @function
popcount:
.LFB2:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	li 9,0
	stw 9,8(31)
	b .L13
.L14:
	lwz 9,24(31)
	addi 9,9,-1
	lwz 10,24(31)
	and 9,10,9
	stw 9,24(31)
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L13:
	lwz 9,24(31)
	cmpwi 0,9,0
	bne 0,.L14
	lwz 9,8(31)
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE2:
	.size	popcount,.-popcount
	.section	.rodata
	.align 2
.LC0:
	.string	"The quick brown fox jumps over the lazy dog"
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB3:
	.cfi_startproc
	stwu 1,-80(1)
	.cfi_def_cfa_offset 80
	mflr 0
	stw 0,84(1)
	stw 26,56(1)
	stw 27,60(1)
	stw 28,64(1)
	stw 29,68(1)
	stw 31,76(1)
	.cfi_offset 65, 4
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	li 9,2
	stw 9,12(31)
	b .L17
.L22:
	lis 9,composite@ha
	la 8,composite@l(9)
	lwz 9,12(31)
	lbzx 9,8,9
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L32
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
	lwz 9,12(31)
	slwi 9,9,1
	stw 9,16(31)
	b .L20
.L21:
	lis 9,composite@ha
	la 8,composite@l(9)
	lwz 9,16(31)
	li 7,1
	stbx 7,8,9
	lwz 8,16(31)
	lwz 9,12(31)
	add 9,8,9
	stw 9,16(31)
.L20:
	lwz 9,16(31)
	cmpwi 0,9,1999
	ble 0,.L21
	b .L19
.L32:
	nop
.L19:
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L17:
	lwz 9,12(31)
	cmpwi 0,9,1999
	ble 0,.L22
	lwz 9,8(31)
	mr 11,9
	srawi 9,9,31
	mr 10,9
	mr 3,10
	mr 4,11
	bl put_int
	li 3,10
	bl put_char
	bl make_crc
	lis 9,.LC0@ha
	la 9,.LC0@l(9)
	stw 9,44(31)
	lwz 3,44(31)
	bl strlen
	mr 9,3
	mr 4,9
	lwz 3,44(31)
	bl crc32
	mr 9,3
	mr 3,9
	bl put_hex
	li 3,10
	bl put_char
	li 9,0
	stw 9,20(31)
	li 9,0
	stw 9,24(31)
	b .L23
.L26:
	lis 9,squares@ha
	la 10,squares@l(9)
	lwz 9,24(31)
	slwi 9,9,1
	add 9,10,9
	lhz 9,0(9)
	rlwinm 10,9,0,0xffff
	lwz 9,24(31)
	rlwinm 9,9,0,31,31
	cmpwi 0,9,0
	beq 0,.L24
	li 9,3
	b .L25
.L24:
	li 9,1
.L25:
	mullw 9,9,10
	mr 10,9
	lwz 9,20(31)
	add 9,9,10
	stw 9,20(31)
	lwz 9,24(31)
	addi 9,9,1
	stw 9,24(31)
.L23:
	lwz 9,24(31)
	cmpwi 0,9,15
	ble 0,.L26
	lwz 9,20(31)
	mr 27,9
	li 26,0
	mr 3,26
	mr 4,27
	bl put_uint
	li 3,10
	bl put_char
	li 9,0
	stw 9,28(31)
	li 9,1
	stw 9,32(31)
	b .L27
.L28:
	lwz 3,32(31)
	bl popcount
	mr 10,3
	lwz 9,32(31)
	cntlzw 9,9
	add 10,10,9
	lwz 9,32(31)
	oris 9,9,0x1
	neg 8,9
	and 9,9,8
	cntlzw 9,9
	subfic 9,9,31
	add 9,10,9
	mr 10,9
	lwz 9,28(31)
	add 9,9,10
	stw 9,28(31)
	lwz 9,32(31)
	mulli 9,9,3
	stw 9,32(31)
.L27:
	lwz 9,32(31)
	cmplwi 0,9,4999
	ble 0,.L28
	lwz 9,28(31)
	mr 29,9
	li 28,0
	mr 3,28
	mr 4,29
	bl put_uint
	li 3,10
	bl put_char
	lis 9,0x1234
	ori 9,9,0x5678
	stw 9,36(31)
	li 9,0
	stw 9,40(31)
	b .L29
.L30:
	lwz 9,36(31)
	rotlwi 9,9,7
	stw 9,36(31)
	lwz 9,40(31)
	addi 9,9,1
	stw 9,40(31)
.L29:
	lwz 9,40(31)
	cmpwi 0,9,4
	ble 0,.L30
	lwz 3,36(31)
	bl put_hex
	li 3,10
	bl put_char
	lwz 9,8(31)
	rlwinm 9,9,0,24,31
	mr 3,9
	addi 11,31,80
	lwz 0,4(11)
	mtlr 0
	lwz 26,-24(11)
	lwz 27,-20(11)
	lwz 28,-16(11)
	lwz 29,-12(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE3:
	.size	main,.-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
