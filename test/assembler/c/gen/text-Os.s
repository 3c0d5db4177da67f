	.file	"text.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	format, @function
format:
.LFB0:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	mflr 0
	stw 9,48(1)
	li 9,1
	stb 9,8(1)
	addi 9,1,72
	stw 9,12(1)
	addi 9,1,24
	stw 0,68(1)
	stw 4,28(1)
	stw 5,32(1)
	stw 6,36(1)
	stw 7,40(1)
	stw 8,44(1)
	stw 10,52(1)
	stw 9,16(1)
	stw 31,60(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,3
.L2:
	lbz 3,0(31)
	cmpwi 0,3,0
	bne+ 0,.L26
	addi 11,1,64
	b _restgpr_31_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 65
.L26:
	.cfi_restore_state
	cmpwi 0,3,37
	beq+ 0,.L3
	bl put_char
.L4:
	addi 31,31,1
	b .L2
.L3:
	lbz 3,1(31)
	cmpwi 0,3,115
	beq- 0,.L5
	cmplwi 0,3,115
	bgt- 0,.L6
	cmpwi 0,3,99
	beq- 0,.L7
	cmpwi 0,3,100
	beq+ 0,.L8
	cmpwi 0,3,76
	beq+ 0,.L9
.L10:
	bl put_char
	b .L15
.L6:
	cmpwi 0,3,117
	beq- 0,.L11
	cmpwi 0,3,120
	bne- 0,.L10
	lbz 10,8(1)
	rlwinm 9,10,0,0xff
	cmplwi 0,9,7
	bgt- 0,.L18
	addi 10,10,1
	slwi 9,9,2
	stb 10,8(1)
	lwz 10,16(1)
	add 9,10,9
.L19:
	lwz 3,0(9)
	bl put_hex
	b .L15
.L8:
	lbz 10,8(1)
	rlwinm 9,10,0,0xff
	cmplwi 0,9,7
	bgt- 0,.L13
	addi 10,10,1
	slwi 9,9,2
	stb 10,8(1)
	lwz 10,16(1)
	add 9,10,9
.L14:
	lwz 4,0(9)
	srawi 3,4,31
.L28:
	bl put_int
	b .L15
.L13:
	lwz 9,12(1)
	addi 10,9,4
	stw 10,12(1)
	b .L14
.L11:
	lbz 10,8(1)
	rlwinm 9,10,0,0xff
	cmplwi 0,9,7
	bgt- 0,.L16
	addi 10,10,1
	slwi 9,9,2
	stb 10,8(1)
	lwz 10,16(1)
	add 9,10,9
.L17:
	lwz 4,0(9)
	li 3,0
	bl put_uint
.L15:
	addi 31,31,1
	b .L4
.L16:
	lwz 9,12(1)
	addi 10,9,4
	stw 10,12(1)
	b .L17
.L18:
	lwz 9,12(1)
	addi 10,9,4
	stw 10,12(1)
	b .L19
.L5:
	lbz 10,8(1)
	rlwinm 9,10,0,0xff
	cmplwi 0,9,7
	bgt- 0,.L20
	addi 10,10,1
	slwi 9,9,2
	stb 10,8(1)
	lwz 10,16(1)
	add 9,10,9
.L21:
	lwz 3,0(9)
	bl put_str
	b .L15
.L20:
	lwz 9,12(1)
	addi 10,9,4
	stw 10,12(1)
	b .L21
.L7:
	lbz 10,8(1)
	rlwinm 9,10,0,0xff
	cmplwi 0,9,7
	bgt- 0,.L22
	addi 10,10,1
	slwi 9,9,2
	stb 10,8(1)
	lwz 10,16(1)
	add 9,10,9
.L23:
	lbz 3,3(9)
	b .L10
.L22:
	lwz 9,12(1)
	addi 10,9,4
	stw 10,12(1)
	b .L23
.L9:
	lbz 10,8(1)
	addi 9,10,1
	rlwinm 10,10,0,0xff
	cmplwi 0,10,6
	rlwinm 9,9,0,0,30
	stb 9,8(1)
	bgt- 0,.L24
	addi 10,9,2
	rlwinm 9,9,2,22,28
	stb 10,8(1)
	lwz 10,16(1)
	add 9,10,9
.L25:
	lwz 3,0(9)
	lwz 4,4(9)
	b .L28
.L24:
	lwz 9,12(1)
	addi 9,9,7
	rlwinm 9,9,0,0,28
	addi 10,9,8
	stw 10,12(1)
	b .L25
	.cfi_endproc
.LFE0:
	.size	format,.-format
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC1:
	.string	"Hello, PowerPC World"
.LC3:
	.string	"reversed: %s (%u letters)\n"
.LC4:
	.string	"%s %d %d -> %s %d %d\n"
.LC5:
	.string	"calls=%d hex=%x char=%c big=%L pct=%%\n"
.LC6:
	.string	"upper=%d\n"
.LC2:
	.string	"assembler"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB4:
	.cfi_startproc
	lis 10,.LC2@ha
	stwu 1,-112(1)
	.cfi_def_cfa_offset 112
	la 9,.LC2@l(10)
	lwz 8,.LC2@l(10)
	lwz 10,4(9)
	mflr 0
	lhz 9,8(9)
	addi 3,1,88
	stw 0,116(1)
	stw 10,92(1)
	sth 9,96(1)
	stw 31,108(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	stw 8,88(1)
	bl strlen
	srwi 9,3,1
	addi 10,1,88
	addi 9,9,1
	add 3,10,3
	mtctr 9
	li 10,0
.L30:
	bdnz .L31
	addi 3,1,88
	li 31,0
	bl strlen
	addi 4,1,88
	mr 5,3
	lis 3,.LC3@ha
	la 3,.LC3@l(3)
	bl format
	lis 10,.LANCHOR0@ha
	la 9,.LANCHOR0@l(10)
	lwz 6,.LANCHOR0@l(10)
	lwz 8,8(9)
	lis 3,.LC4@ha
	lwz 10,12(9)
	li 5,3
	lwz 7,4(9)
	addi 4,1,76
	stw 8,16(1)
	la 3,.LC4@l(3)
	stw 8,76(1)
	li 8,109
	stb 8,16(1)
	li 8,4
	stw 8,48(1)
	li 8,-3
	lwz 9,16(9)
	stw 8,52(1)
	lwz 8,16(1)
	stw 6,68(1)
	li 6,-4
	stw 7,72(1)
	addi 7,1,56
	stw 9,84(1)
	stw 8,56(1)
	li 8,4
	stw 9,64(1)
	li 9,-3
	stw 10,80(1)
	stw 10,60(1)
	bl format
	lis 9,.LANCHOR1@ha
	lis 8,0x8e04
	lwz 4,.LANCHOR1@l(9)
	lis 5,0xc0
	lis 3,.LC5@ha
	li 7,-288
	ori 8,8,0xfb35
	li 6,90
	addi 4,4,4
	ori 5,5,0xffee
	la 3,.LC5@l(3)
	stw 4,.LANCHOR1@l(9)
	bl format
	lis 10,.LC1@ha
	la 10,.LC1@l(10)
.L32:
	lbz 9,0(10)
	rlwinm 8,9,0,0xff
	cmpwi 0,8,0
	bne+ 0,.L33
	lis 3,.LC6@ha
	mr 4,31
	la 3,.LC6@l(3)
	bl format
	addi 11,1,112
	mr 3,31
	b _restgpr_31_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 65
.L31:
	.cfi_restore_state
	addi 9,1,88
	lbzu 8,-1(3)
	lbzx 9,9,10
	addi 7,1,88
	stbx 8,7,10
	addi 10,10,1
	stb 9,0(3)
	b .L30
.L33:
	addi 9,9,-65
	addi 10,10,1
	rlwinm 9,9,0,0xff
	subfic 9,9,25
	subfe 9,9,9
	addi 9,9,1
	add 31,31,9
	b .L32
	.cfi_endproc
.LFE4:
	.size	main,.-main
	.section	.rodata
	.align 2
	.set	.LANCHOR0,. + 0
.LC0:
	.long	3
	.long	-4
	.string	"origin"
	.zero	5
	.section	".bss"
	.align 2
	.set	.LANCHOR1,. + 0
	.type	calls.0, @object
	.size	calls.0, 4
calls.0:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
