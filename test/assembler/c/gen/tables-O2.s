	.file	"tables.c"
	.machine "440"
	.section	".text"
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	"The quick brown fox jumps over the lazy dog"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB3:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	li 6,4
	li 7,1
	stw 30,24(1)
	.cfi_register 65, 0
	.cfi_offset 30, -8
	lis 30,.LANCHOR0@ha
	la 30,.LANCHOR0@l(30)
	stw 29,20(1)
	stw 0,36(1)
	.cfi_offset 29, -12
	.cfi_offset 65, 4
	li 29,0
	stw 28,16(1)
	addi 8,30,1
	stw 31,28(1)
	.cfi_offset 28, -16
	.cfi_offset 31, -4
	addi 5,30,1999
	subfic 4,30,1
	b .L5
.L2:
	cmplw 0,8,5
	addi 6,6,2
	beq- 0,.L45
.L5:
	mr 10,8
	lbzu 9,1(8)
	cmpwi 0,9,0
	bne+ 0,.L2
	cmplwi 0,6,1999
	addi 29,29,1
	mr 9,6
	bgt- 0,.L2
	add 10,4,10
.L4:
	stbx 7,30,9
	add 9,9,10
	cmpwi 0,9,1999
	ble+ 0,.L4
	cmplw 0,8,5
	addi 6,6,2
	bne+ 0,.L5
.L45:
	srawi 3,29,31
	mr 4,29
	bl put_int
	li 3,10
	bl put_char
	addi 7,30,1996
	addi 6,30,3020
	li 8,0
.L8:
	li 10,4
	mr 9,8
	li 31,8
	mtctr 10
.L7:
	andi. 10,9,0x1
	srwi 9,9,1
	xoris 10,9,0xedb8
	addi 31,31,-1
	beq- 0,.L6
	xori 9,10,0x8320
.L6:
	andi. 10,9,0x1
	srwi 9,9,1
	beq- 0,.L30
	xoris 9,9,0xedb8
	xori 9,9,0x8320
.L30:
	addi 31,31,-1
	bdnz .L7
	stwu 9,4(7)
	addi 8,8,1
	cmplw 0,6,7
	bne+ 0,.L8
	lis 28,.LC0@ha
	la 28,.LC0@l(28)
	mr 3,28
	bl strlen
	cmpwi 0,3,0
	beq- 0,.L16
	mtctr 3
	addi 28,28,-1
	li 3,-1
.L10:
	lbzu 9,1(28)
	srwi 8,3,8
	xor 9,9,3
	rlwinm 9,9,2,22,29
	add 9,30,9
	lwz 3,2000(9)
	xor 3,3,8
	bdnz .L10
.L9:
	not 3,3
	bl put_hex
	li 3,10
	bl put_char
	lis 10,.LANCHOR1@ha
	la 10,.LANCHOR1@l(10)
	li 8,8
	li 5,0
	addi 10,10,-2
	li 9,0
	li 4,0
	mtctr 8
.L12:
	addi 8,9,1
	rlwinm 9,9,0,31,31
	cmpwi 7,9,0
	lhz 6,2(10)
	andi. 9,8,0x1
	addi 9,10,2
	beq- 7,.L11
	mulli 6,6,3
.L11:
	lhz 7,2(9)
	addi 10,9,2
	add 5,5,6
	beq- 0,.L28
	mulli 7,7,3
.L28:
	addi 9,8,1
	add 4,4,7
	bdnz .L12
	add 4,5,4
	li 3,0
	bl put_uint
	li 3,10
	bl put_char
	li 5,8
	li 7,0
	li 4,31
	li 6,1
.L13:
	mr 9,6
	li 8,0
.L14:
	addi 10,9,-1
	addi 8,8,1
	and. 9,9,10
	bne+ 0,.L14
	add 9,8,4
	addic. 5,5,-1
	add 9,9,7
	mulli 6,6,3
	add 31,31,9
	beq- 0,.L15
	oris 9,6,0x1
	cntlzw 4,6
	neg 7,9
	and 7,9,7
	cntlzw 7,7
	subfic 7,7,31
	b .L13
.L15:
	mr 4,31
	li 3,0
	bl put_uint
	li 3,10
	bl put_char
	lis 3,0x91a2
	ori 3,3,0xb3c0
	bl put_hex
	li 3,10
	bl put_char
	lwz 0,36(1)
	rlwinm 3,29,0,0xff
	lwz 28,16(1)
	lwz 29,20(1)
	lwz 30,24(1)
	mtlr 0
	.cfi_remember_state
	.cfi_restore 65
	lwz 31,28(1)
	addi 1,1,32
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_def_cfa_offset 0
	blr
.L16:
	.cfi_restore_state
	li 3,-1
	b .L9
	.cfi_endproc
.LFE3:
	.size	main,.-main
	.section	.rodata
	.align 2
	.set	.LANCHOR1,. + 0
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
	.section	".bss"
	.align 2
	.set	.LANCHOR0,. + 0
	.type	composite, @object
	.size	composite, 2000
composite:
	.zero	2000
	.type	crc_table, @object
	.size	crc_table, 1024
crc_table:
	.zero	1024
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
