	.file	"tables.c"
	.machine "440"
	.section	".text"
	.section	.rodata.str1.1,"aMS",@progbits,1
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
	li 9,2
	li 8,1
	stw 0,36(1)
	stmw 28,16(1)
	.cfi_offset 65, 4
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 31,.LANCHOR0@ha
	li 30,0
	la 31,.LANCHOR0@l(31)
.L5:
	lbzx 10,9,31
	cmpwi 0,10,0
	bne+ 0,.L2
	addi 30,30,1
	slwi 10,9,1
.L3:
	cmpwi 0,10,1999
	ble+ 0,.L4
.L2:
	addi 9,9,1
	cmpwi 0,9,2000
	bne+ 0,.L5
	srawi 3,30,31
	mr 4,30
	bl put_int
	li 3,10
	bl put_char
	li 10,0
	addi 7,31,2000
.L6:
	li 8,8
	mr 9,10
	li 29,8
	mtctr 8
.L8:
	rlwinm 8,9,0,31,31
	srwi 9,9,1
	cmpwi 0,8,0
	beq- 0,.L7
	xoris 9,9,0xedb8
	xori 9,9,0x8320
.L7:
	addi 29,29,-1
	bdnz .L8
	slwi 8,10,2
	addi 10,10,1
	cmplwi 0,10,256
	stwx 9,8,7
	bne+ 0,.L6
	lis 28,.LC0@ha
	la 28,.LC0@l(28)
	mr 3,28
	bl strlen
	li 8,0
	addi 9,3,1
	li 10,-1
	mtctr 9
.L10:
	bdnz .L11
	not 3,10
	bl put_hex
	li 3,10
	bl put_char
	lis 8,.LANCHOR1@ha
	li 10,16
	li 4,0
	li 9,0
	la 8,.LANCHOR1@l(8)
	mtctr 10
.L13:
	andi. 6,9,0x1
	slwi 10,9,1
	lhzx 10,10,8
	li 7,3
	bne- 0,.L12
	li 7,1
.L12:
	mullw 10,10,7
	addi 9,9,1
	add 4,4,10
	bdnz .L13
	li 3,0
	bl put_uint
	li 3,10
	bl put_char
	li 6,8
	li 10,1
.L14:
	mr 9,10
	li 7,0
.L15:
	addi 8,9,-1
	addi 7,7,1
	and. 9,9,8
	bne+ 0,.L15
	oris 9,10,0x1
	cntlzw 8,10
	neg 5,9
	add 8,8,7
	and 9,9,5
	addic. 6,6,-1
	cntlzw 9,9
	mulli 10,10,3
	subfic 9,9,31
	add 9,8,9
	add 29,29,9
	bne+ 0,.L14
	mr 4,29
	li 3,0
	bl put_uint
	li 3,10
	bl put_char
	lis 3,0x91a2
	ori 3,3,0xb3c0
	bl put_hex
	li 3,10
	bl put_char
	addi 11,1,32
	rlwinm 3,30,0,0xff
	b _restgpr_28_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 65
.L4:
	.cfi_restore_state
	stbx 8,31,10
	add 10,10,9
	b .L3
.L11:
	lbzx 9,28,8
	addi 8,8,1
	xor 9,9,10
	srwi 10,10,8
	rlwinm 9,9,2,22,29
	add 9,31,9
	lwz 9,2000(9)
	xor 10,9,10
	b .L10
	.cfi_endproc
.LFE3:
	.size	main,.-main
	.section	.rodata
	.align 1
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
